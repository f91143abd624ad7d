package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// libraryFund is a short article written for these tests, in no question
// set: sums named as the amounts of different things in one sentence, a
// running total with the sums it adds up, a penalty beside a repair bill,
// and a cost first projected and later given as it stands.
const libraryFund = `Library board approves budget, new wing opens

OAKDALE, Ore. (AP) — The Oakdale library board voted Tuesday to approve a $4.2 million budget for next year.

The budget includes a $310,000 payment for a new roof, the largest item in the budget.

The Friends of the Library offered a $5,000 prize for the best local history essay, and a retired teacher has added $2,500, bringing the total to $7,500.

Last year the city agreed to pay a $40,000 civil penalty after inspectors found the old roof leaked onto wiring. A neighbor said the city paid $9,000 in repairs to her fence.

When voters approved the new wing in 2019, it was projected to cost $2 million. The finished $3.1 million wing opened Monday.

Its walls hold a landscape valued at $80,000, a gift from a local family.
`

func TestSumNamedAsTheAskedThingsAmount(t *testing.T) {
	checkOpenings(t, engineOf(t, libraryFund), []openingCase{
		// the noun a sum premodifies is what it is the amount of
		{"how big is the budget", "$4.2 million", nil, nil},
		{"how big is the roof payment", "$310,000", nil, nil},
		// a fine is a penalty (WordNet), and repairs are no fine
		{"how big was the fine the city paid", "$40,000", nil, nil},
		// "in repairs" names what $9,000 is the amount of
		{"how much did the repairs to the fence cost", "$9,000", nil, nil},
		// a landscape is a painting (WordNet); "worth" is no part of the noun phrase
		{"how much is the painting worth", "$80,000", nil, nil},
		// nor is a time adverbial
		{"how big is the budget next year", "$4.2 million", nil, nil},
	})
}

func TestRunningTotalAgainstItsParts(t *testing.T) {
	checkOpenings(t, engineOf(t, libraryFund), []openingCase{
		// the thing's size, asked with no verb of its own: the total
		{"how big is the prize", "$7,500", nil, nil},
		{"how much is the prize now", "$7,500", nil, nil},
		// a question with a part's own verb asks that part
		{"how much did the teacher add", "$2,500", nil, nil},
		{"how much did the friends of the library offer", "$5,000", nil, nil},
	})
}

func TestPastProjectionGivesWayToTheCost(t *testing.T) {
	checkOpenings(t, engineOf(t, libraryFund), []openingCase{
		// "was projected to cost" is the earlier estimate; the wing's own
		// premodifying sum is its cost
		{"how much did the wing cost", "$3.1 million", nil, nil},
		// unless the question asks the projection itself
		{"how much was the wing projected to cost", "$2 million", nil, nil},
	})
}

func TestAmountOfAnUnnamedThingRefused(t *testing.T) {
	e := engineOf(t, libraryFund)
	for _, q := range []string{"how big is the parking fee", "how much does the roof weigh"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found {
			t.Errorf("%q: want a refusal, got:\n%s", q, a.Text)
		}
	}
}

// A participial adjective in -ing may open the premodifiers of the noun a
// sum is the amount of: "a $48 million operating budget" is the budget's
// size. The story is written for this test, in no question set.
func TestParticipleClassesAmountHead(t *testing.T) {
	e := engineOf(t, "County passes budget\n\nMARION, Ind. (AP) — The Grant County board approved a $48 million operating budget on Tuesday.\n\nThe budget for the sheriff grows by $2 million, to $19 million, the largest item in the plan.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how much is the budget", first: "$48 million"},
	})
}
