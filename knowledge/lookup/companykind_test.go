package lookup

import (
	"slices"
	"strings"
	"testing"
)

// snackRecall is a short article written for these tests, in no question
// set: a company called on second reference by the noun for its line of
// business, a penalty and a repair bill in different sentences, and a
// regulator called "the agency".
const snackRecall = `Corvane Foods recalls snack bars

CEDAR FALLS, Iowa (AP) — Corvane Foods Inc. is recalling 80,000 boxes of snack bars that may contain bits of metal, the Food and Drug Administration said Tuesday.

Last year, the manufacturer agreed to pay a $2 million civil penalty over mislabeled peanuts.

A customer, Ruth Engel, said Corvane paid for her doctor's visit but that her insurer covered the $3,400 in medical bills.

The agency said no injuries have been reported.
`

func TestBusinessNounRefersToTheCompany(t *testing.T) {
	e := engineOf(t, snackRecall)
	checkOpenings(t, e, []openingCase{
		// "the manufacturer" is Corvane (WordNet: a manufacturer is a
		// business), so its penalty is Corvane's fine; the medical bills are none
		{"how big was the fine corvane paid last year", "$2 million", nil, nil},
	})
	for _, s := range e.r.sents {
		if strings.HasPrefix(s.text, "The agency") && slices.ContainsFunc(s.refs, func(x int) bool { return strings.HasPrefix(e.a.Entities[x].Name, "Corvane") }) {
			t.Errorf("%q refers to the company: an agency may be a regulator", s.text)
		}
	}
}

// stranded is a short article written for these tests, in no question
// set: a business named by a noun of its trade instead of a designator,
// called "the company" later, and a sum for each member of a group
// whose noun has a premodifier.
const stranded = `Jet slides off taxiway, passengers stranded overnight

DULUTH, Minn. (AP) — A Northline Airlines jet slid off a taxiway in deep snow at Duluth late Sunday, stranding 140 people on board for nine hours.

The company said it would give each stranded passenger $200 and refund all tickets.
`

func TestNamedByTradeIsTheCompany(t *testing.T) {
	checkOpenings(t, engineOf(t, stranded), []openingCase{
		// "the company" is Northline Airlines: an airline is a business (WordNet)
		{"how much is the airline giving each passenger", "$200", nil, nil},
		// "each stranded passenger": the rate's noun is the phrase's head
		{"how much will each passenger get", "$200", nil, nil},
	})
}

// jetOrder is a short article written for this test, in no question set:
// a company named with a designator and an airline named by its trade,
// "the airline" on second reference being the airline.
const jetOrder = `Airline orders 40 jets

SEATTLE (AP) — Alaska Airlines ordered 40 jets from Boeing Co. on Monday.

The airline will pay about $2 billion for the planes.
`

func TestBusinessNounOfAnotherNameIsNotTheCompany(t *testing.T) {
	e := engineOf(t, jetOrder)
	for _, s := range e.r.sents {
		if strings.HasPrefix(s.text, "The airline") && slices.ContainsFunc(s.refs, func(x int) bool { return strings.HasPrefix(e.a.Entities[x].Name, "Boeing") }) {
			t.Errorf("%q refers to Boeing: Alaska Airlines is the airline", s.text)
		}
	}
}
