package lookup

import "testing"

// letteredPier is a short article written for this test, in no question
// set: a ferry docked at a lettered pier and a bus parked at a numbered
// gate.
const letteredPier = `Ferry service resumes after storm

SEATTLE (AP) — The first ferry since Tuesday's storm sailed at 6 a.m. Friday, officials said.

The ferry had been docked at Pier 52B overnight. A shuttle bus waited at Gate 4.
`

func TestLetteredNumeral(t *testing.T) {
	e := engineOf(t, letteredPier)
	checkOpenings(t, e, []openingCase{
		{"where was the ferry docked", "At Pier 52B", nil, nil},
		{"where did the bus wait", "At Gate 4", nil, nil},
	})
}
