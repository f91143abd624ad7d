package lookup

import "testing"

// pellHarborVeto is a short article written for this test, in no
// question set: acts told only as the purpose of what a negated main
// verb "have" takes as its object, once with a participle postmodifying
// that object.
const pellHarborVeto = `Mayor vetoes Pell Harbor parking plan

PELL HARBOR, R.I. (AP) — Mayor Ines Draper on Monday vetoed a plan to add parking meters downtown.

Council members do not have the six votes required to override the veto.

The city does not have the money to repave the harbor lot.
`

// TestLexicalHaveScope checks that "do not have the six votes required to
// override" says neither that the council overrode the veto nor that it
// did not: "have" before a determiner is the main verb, negated, and the
// participle postmodifying its object leaves "override" in its scope.
func TestLexicalHaveScope(t *testing.T) {
	checkAnswers(t, engineOf(t, pellHarborVeto), []answerCase{
		{"can the council override it", []string{"six votes required"}, []string{"Yes", "No —"}},
		{"did they override the veto", []string{"six votes required"}, []string{"Yes", "No —"}},
		{"will the city repave the lot", []string{"the money to repave"}, []string{"Yes", "No —"}},
	})
}
