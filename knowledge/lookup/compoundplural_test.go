package lookup

import "testing"

// marlowBee is a short article written for this test, in no question
// set: hyphenated compounds whose plural is marked on the first word
// ("runner-up") and on the last ("break-in").
const marlowBee = `Eighth-grader wins county spelling bee

MARLOW, Kan. (AP) — Eighth-grader Priya Dunn won the Marlow County Spelling Bee on Thursday by spelling "quiescent."

Dunn receives a $1,000 savings bond. Each runner-up receives $250.

The bee was moved to the high school after two break-ins at the library last month.
`

// The singular and the plural of a hyphenated compound are one word,
// wherever English marks the plural (AP Stylebook, "plurals": "runners-up"),
// and a rate asked "each runner-up" is the figure the article gives each.
func TestCompoundPlural(t *testing.T) {
	e := engineOf(t, marlowBee)
	checkAnswers(t, e, []answerCase{
		{"how much do the runners-up get", []string{"$250."}, []string{"$1,000"}},
		{"how much do the runners up get", []string{"$250."}, []string{"$1,000"}},
		{"how much does each runner-up get", []string{"$250."}, []string{"$1,000"}},
		{"why was the bee moved", []string{"break-ins"}, nil},
		{"how many break-ins were there", []string{"Two break-ins"}, nil},
		{"how many break ins at the library", []string{"Two break-ins"}, nil},
	})
}
