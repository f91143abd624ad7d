package lookup

import "testing"

// quarryExpansion is a short article written for this test, in no
// question set: the story's quarry in the dateline's town, and another
// quarry the sentence places elsewhere, by a phrase after the noun and by
// a name before it.
const quarryExpansion = `Stone firm to shut Belden quarry

BELDEN, N.H. (AP) — Granite Peak Co. will shut its quarry in Belden in May, the company said Monday.

The company opened a larger quarry in Marston, Vt., in 2019 at a cost of $14 million.

The Marston quarry employs 85 people.

The Belden quarry opened in 1921.
`

func TestThingPlacedElsewhereIsAnother(t *testing.T) {
	checkAnswers(t, engineOf(t, quarryExpansion), []answerCase{
		// the dateline sets every sentence in Belden, but these name
		// another quarry
		{"how much did the belden quarry cost", nil, []string{"$14 million"}},
		{"how many people does the belden quarry employ", nil, []string{"85"}},
		// the quarry asked is still found where the sentence places it
		{"how much did the marston quarry cost", []string{"$14 million"}, nil},
		{"how many people does the marston quarry employ", []string{"85"}, nil},
		{"when did the belden quarry open", []string{"1921"}, nil},
	})
}
