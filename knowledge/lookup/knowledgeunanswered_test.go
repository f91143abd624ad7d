package lookup

import "testing"

// chapelMural is a short article written for this test, in no question
// set: a find whose maker the article never names, told in sentences that
// hold the thing but not the act, and one that names who restored it.
const chapelMural = `Workers uncover hidden mural in chapel

ASHVALE, Maine (AP) — Workers repairing a chapel in Ashvale have found a mural hidden under five layers of paint, the town said Friday.

The mural covers most of the chapel's north wall.

Conservator Ruth Ames restored the mural over the summer.
`

func TestKnowledgeUnanswered(t *testing.T) {
	e := engineOf(t, chapelMural)
	checkOpenings(t, e, []openingCase{
		// a sentence holding only the thing says nothing of who made it: no Yes
		{"do they know who made the mural", partialYesNo, nil, []string{"Yes"}},
		// the clause's act held: yes, as before
		{"do they know who restored the mural", "Yes", []string{"Ames"}, nil},
	})
}
