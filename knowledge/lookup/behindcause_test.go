package lookup

import "testing"

// orrinFlooding is a short article written for this test, in no question
// set: its lead blames the flooding on a clogged culvert, and no sentence
// holds the word "behind".
const orrinFlooding = `Street flooding in Orrin

ORRIN, Neb. (AP) — City crews on Sunday blamed the flooding of Elm Street on a clogged storm culvert.

Water stood a foot deep outside six homes for most of Saturday.
`

// "What's behind X" asks X's cause, as "what caused X" does, in each of
// the ways chat writes it.
func TestBehindAsksCause(t *testing.T) {
	e := engineOf(t, orrinFlooding)
	checkAnswers(t, e, []answerCase{
		{"whats behind the flooding", []string{"clogged storm culvert"}, nil},
		{"what's behind the flooding on elm street", []string{"clogged storm culvert"}, nil},
		{"what was behind the flooding", []string{"clogged storm culvert"}, nil},
	})
}
