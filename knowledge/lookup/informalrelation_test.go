package lookup

import "testing"

// lostHikerArticle is a short story written for these tests: a father and
// a mother are named by their tie to the hiker, and quoted.
const lostHikerArticle = `Teen hiker found after night on ridge

BARLOW, Idaho (AP) — A 15-year-old hiker who left a marked trail was found Sunday on a ridge above Barlow, the county sheriff said.

His father, Glen Aster, said the boy had gone ahead of the group to take photos.

"We never stopped believing he was OK," Aster said.

His mother, Ruth Aster, thanked the volunteers. "They walked all night," she said.
`

// TestInformalKinTermNamesTheRelation: "the dad" and "the mom" ask for
// the father's and the mother's words, as "the father" does.
func TestInformalKinTermNamesTheRelation(t *testing.T) {
	e := engineOf(t, lostHikerArticle)
	checkAnswers(t, e, []answerCase{
		{q: "what did the dad say", want: []string{"Glen Aster", "never stopped believing"}, not: []string{"walked all night"}},
		{q: "what did the hiker's mom say", want: []string{"walked all night"}, not: []string{"never stopped believing"}},
	})
}
