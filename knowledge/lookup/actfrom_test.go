package lookup

import "testing"

// harlowDebate is a short article written for this test, in no question
// set: one person's home is given ("of Dunmore") and another's act is
// placed by a "from" phrase ("spoke from a studio in Carver City").
const harlowDebate = `Candidates spar in first county debate

HARLOW, Ind. (AP) — The two candidates for Harlow County commissioner met Tuesday in their first debate, held at the Harlow Public Library.

Republican Dana Whitfield, 52, of Dunmore, attended in person. Democrat Omar Kessler, 44, spoke from a studio in Carver City after a flight delay kept him away.

"I would rather have been in the room," Kessler said.
`

// "Where did he speak from" strands the preposition of the act's own
// adjunct of place (Quirk et al., §9.6): it asks where he spoke, not his
// home; "where is she from" still asks the home.
func TestWhereActFrom(t *testing.T) {
	e := engineOf(t, harlowDebate)
	checkAnswers(t, e, []answerCase{
		{"where did kessler speak from", []string{"Carver City"}, []string{"doesn't say"}},
		{"where is whitfield from", []string{"Dunmore"}, nil},
		{"where does whitfield come from", []string{"Dunmore"}, nil},
	})
}
