package lookup

import "testing"

// quarryFind is a short article written for this test, in no question
// set: the kind of rock and of tree named by nouns WordNet files under
// "rock" and "tree", never with the words "rock" or "tree" beside them.
const quarryFind = `Quarry crew uncovers old roadbed

ELBERTON, Ga. (AP) — Workers cutting granite at a quarry north of Elberton uncovered a stretch of 19th-century roadbed on Tuesday, the county historian said.

The stones had been laid under a stand of hickory that was cleared last year.
`

// "What kind of N" asked with no other word is answered by the noun of
// the article WordNet files under N.
func TestKindAlone(t *testing.T) {
	e := engineOf(t, quarryFind)
	checkAnswers(t, e, []answerCase{
		{"what kind of rock", []string{"Granite"}, nil},
		{"what type of tree was cleared", []string{"Hickory"}, nil},
		{"what kind of trees?", []string{"Hickory"}, nil},
	})
}
