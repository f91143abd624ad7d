package lookup

import "testing"

// quillonFinal is a short article written for these tests, in no
// question set: two coaches, one of them named by the town whose team he
// coaches, a town no gazetteer holds.
const quillonFinal = `Quillon wins title game

WICHITA, Kan. (AP) — Quillon beat Darrowby 61-58 in the state final on Saturday.

"We never stopped running," said Coach Ann Cole, who has led Quillon for nine seasons.

Said Darrowby coach Bob Ruiz: "We ran out of legs in the fourth quarter."
`

// TestProperModifier: a town the article writes capitalised, asked in
// lower case before "coach", picks the coach it introduces with it.
func TestProperModifier(t *testing.T) {
	e := engineOf(t, quillonFinal)
	checkAnswers(t, e, []answerCase{
		{"what did the darrowby coach say", []string{"ran out of legs"}, []string{"never stopped"}},
	})
}
