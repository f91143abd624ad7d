package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// meterGlitch is a short article written for this test, in no question
// set: a company first called by its role ("a vendor") and named only in
// apposition to "the vendor", and another named before its description
// ("Harlan Audit Group, an accounting firm").
const meterGlitch = `Water bills double after meter glitch

CEDAR BLUFF, Iowa (AP) — About 9,000 Cedar Bluff households got water bills twice as high as usual this month after a software update from a vendor misread their meters, the city said Friday.

City Manager Joan Pruitt said the vendor, Keystone Metering Systems of Omaha, had pushed the update without testing it on the city's older meters.

Harlan Audit Group, an accounting firm in Des Moines, will review the bills, Pruitt said. The city would send corrected bills by May 20.
`

// meterMeeting is a short article written for this test, in no question
// set: "the utility" followed by a list of names, not an appositive.
const meterMeeting = `Council meets on water bills

CEDAR BLUFF, Iowa (AP) — Officials from the utility, Keystone Metering Systems and Harlan Audit Group met Monday to discuss the bills, the city said.
`

func TestAppositiveNamesTheDescribedThing(t *testing.T) {
	e := engineOf(t, meterGlitch)
	checkAnswers(t, e, []answerCase{
		// "the vendor, Keystone Metering Systems of Omaha,": the appositive names it
		{"whats the vendor called", []string{"Keystone Metering Systems"}, nil},
		{"what is the name of the vendor", []string{"Keystone Metering Systems"}, nil},
		// "whats" opens a question, though written without its apostrophe: the
		// part is asked, not taken for a statement
		{"whats the vendor called and when will bills be corrected", []string{"Keystone Metering Systems", "May 20"}, nil},
	})
	// "Harlan Audit Group, an accounting firm": the description after the
	// name; the name answers, not only the sentence that holds it
	if a := ask(t, e, knowledge.Question{Text: "what's the name of the accounting firm"}); !strings.HasPrefix(a.Text, "Harlan Audit Group.") {
		t.Errorf("want the firm's name first, got:\n%s", a.Text)
	}
	a := ask(t, engineOf(t, meterMeeting), knowledge.Question{Text: "whats the utility called"})
	if strings.HasPrefix(a.Text, "Keystone") {
		t.Errorf("a list after 'the utility' is no appositive, yet answered:\n%s", a.Text)
	}
}

// orchardShow is a short article written for this test, in no question
// set: one apple variety named, another told of only by its date.
const orchardShow = `Grower's apples win at state fair

DES MOINES, Iowa (AP) — Orchard owner Ray Tolliver has bred six apple varieties since 1990, the first in May 1994 and the last in 2015.

His best-known variety, Prairie Gold, won a blue ribbon at the Iowa State Fair on Sunday. Judges named it the best in its class.

"We called the last one our best crop in years," Tolliver said of the 2015 variety.
`

func TestCalledAsksForAName(t *testing.T) {
	e := engineOf(t, orchardShow)
	checkAnswers(t, e, []answerCase{
		{"what was his best-known variety called", []string{"Prairie Gold"}, nil},
	})
	// the sentence tells when the first was bred, not its name
	for _, q := range []string{
		"what was his first variety called",
		// a quotation of speech is no quoted name
		"what was the 2015 variety called",
	} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: no name is given, yet answered:\n%s", q, a.Text)
		}
	}
}

// hotlineNews is a short article written for this test, in no question
// set: a hotline and a utility told of beside a person's name, and named
// nowhere.
const hotlineNews = `City opens hotline for bill questions

CEDAR BLUFF, Iowa (AP) — The city has opened a hotline for questions about the bills, staffed until 8 p.m. on weekdays, city spokesman Lee Dorn said.

Some customers may wait a week for refunds, said Ana Ruiz, a spokeswoman for the utility.
`

// TestThingNameIsNoPerson: "what's the name of the X" for a thing (a
// hotline, a utility) is not answered by the person named beside it.
func TestThingNameIsNoPerson(t *testing.T) {
	e := engineOf(t, hotlineNews)
	for _, q := range []string{"what's the name of the hotline", "whats the name of the utility"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: no name is given, yet answered:\n%s", q, a.Text)
		}
	}
	// a person asked for by name is still answered
	checkAnswers(t, e, []answerCase{{"what's the name of the city spokesman", []string{"Lee Dorn"}, nil}})
}

// TestCompanyByAbbreviation: a name ending in "Co." or "Inc." names a
// company, so "what's the name of the company" is answered by it.
func TestCompanyByAbbreviation(t *testing.T) {
	e := engineOf(t, "Plant to close\n\nMILTON, Ohio (AP) — Dunmore Boiler Co. will close its Milton plant in June, eliminating 200 jobs, the company's spokeswoman, Ida Kerr, said Tuesday.\n")
	for _, q := range []string{"what's the name of the company", "whats the company called"} {
		if a := ask(t, e, knowledge.Question{Text: q}); !strings.HasPrefix(a.Text, "Dunmore Boiler Co") {
			t.Errorf("%q: want the company's name, got:\n%s", q, a.Text)
		}
	}
}
