package lookup

import "testing"

// harborPilot is a short article written for this test, in no question
// set: an act told by its causative verb ("taught her to steer") after
// another age of the same act, a noun of testifying, and the agent noun of
// prosecuting after another body's charge.
const harborPilot = `Harbor pilot retires after 40 years

NEWPORT, R.I. (AP) — Ruth Calder, who guided tankers into Narragansett Bay for four decades, retired Friday, the pilots' association said.

The state licensed her to steer ships of any size when she was 29. Her uncle, a tugboat captain, had taught her to steer when she was 11, on the river behind the family's boatyard.

Calder gave testimony in 2009 before a state panel on channel dredging.

Regulators charged a shipping company in 2014 over its barges' lights. Prosecutors charged another shipping company in 2016 after one of its barges struck a pier, and Calder was the first witness they called.
`

// A question asks by the verb of the result an article tells by its
// cause (WordNet's cause pointer, read backwards), by a past form WordNet
// lists in its exception files ("testified"), and by the sibling of an
// article's word in one derivational family ("prosecution", "prosecutors").
func TestCausesAndWordFamilies(t *testing.T) {
	e := engineOf(t, harborPilot)
	checkAnswers(t, e, []answerCase{
		{"how old was she when she learned to steer", []string{"11"}, []string{"29"}},
		{"what year was it that calder testified", []string{"2009"}, []string{"2016"}},
		{"when did the prosecution charge a shipping company", []string{"2016"}, []string{"2009", "2014"}},
	})
}

// harborTour is a short article written for this test, in no question
// set: a title the AP abbreviates before a name ("Sen."), beside another
// official doing the same act on another day.
const harborTour = `Officials tour storm-damaged harbor

PORTLAND, Maine (AP) — Mayor Tom Reed toured the damaged harbor Monday with city engineers.

Sen. Laura Pike, D-Maine, toured the harbor Tuesday and promised federal help for the fishing fleet.
`

// A question names in full the title the article writes abbreviated
// before a name (AP Stylebook, "titles": Sen., Gov., Rep.).
func TestFullTitleMeetsAbbreviation(t *testing.T) {
	e := engineOf(t, harborTour)
	checkAnswers(t, e, []answerCase{
		{"when did the senator tour the harbor", []string{"Tuesday"}, []string{"Monday"}},
	})
}
