package lookup

import "testing"

// A short story giving two people's employers in an appositive each.
const employerAskedStory = `Pipe bursts under Main Street

TOLEDO, Ohio (AP) — A water pipe burst under Main Street on Monday, flooding two basements.

The pipe was about 90 years old, said Ada Lusk, a spokeswoman for the Toledo Water Authority.

Crews worked through the night, said Omar Pike, an engineer with Harlan Contracting.
`

func TestEmployerAskedByKindNoun(t *testing.T) {
	e := engineOf(t, employerAskedStory)
	checkAnswers(t, e, []answerCase{
		{"what agency is ada lusk with", []string{"Toledo Water Authority."}, []string{"Harlan"}},
		{"what company is pike with", []string{"Harlan Contracting."}, []string{"Water Authority"}},
		{"which firm does omar pike work for", []string{"Harlan Contracting."}, nil},
	})
}
