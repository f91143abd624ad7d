package lookup

import "testing"

// silosDamaged is a short article written for this test, in no question
// set: a thing's origin told by a participle clause without a comma
// ("a structure built in 1948") and by an active intransitive verb
// ("opened in 1971").
const silosDamaged = `Wind topples silo near Harper

HARPER, Neb. (AP) — High winds on Thursday toppled a grain silo near Harper, the county sheriff said.

The silo, a 90-foot steel structure built in 1948, fell across an empty road. The feed store beside it, which opened in 1971, lost its roof.
`

// "a structure built in 1948" is a reduced passive: the silo was built
// then; "the feed store … opened in 1971" is active.
func TestOriginParticipleWithoutComma(t *testing.T) {
	e := engineOf(t, silosDamaged)
	checkAnswers(t, e, []answerCase{
		{"how old is the silo", []string{"It was built in 1948."}, nil},
		{"how old is the feed store", []string{"It opened in 1971."}, []string{"was opened"}},
	})
}
