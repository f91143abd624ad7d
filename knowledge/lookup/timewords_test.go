package lookup

import "testing"

// tunnelClosure is a short article written for the tests of this file:
// a closure dated by a since-clause without a year, a measure compound
// before the noun it measures, a predicative "done" asked of "finished",
// a next occurrence the article calls "a third", a verb whose rare
// sense is the article's common word ("stop" for "end"), and noon.
const tunnelClosure = `Pinecrest tunnel to reopen after rockslide

ASHBY, Wash. (AP) — The Pinecrest tunnel, closed since a rockslide buried its west portal in March of last year, will reopen on Oct. 3, county officials said Monday.

Drivers have used a 25-minute detour over Bald Ridge since the slide.

Workers finished relining the tunnel in August. Snow had halted the work for three weeks in January.

Relining of the tunnel's older east bore is planned for 2029.

A shuttle bus that carried commuters around the slide will end its service in November.

A ribbon-cutting is set for 9 a.m. on opening day, and traffic will resume at noon.

A third survey of the hillside above the portal is planned for 2028.
`

// TestTimeWordsOfChat checks the time questions a reader types in other
// words than the report's: how long a closure dated by a since-clause has
// lasted, the length of a detour given as a time, "done" for "finished",
// "the next survey" for the one planned, and "stop" for "end".
func TestTimeWordsOfChat(t *testing.T) {
	e := engineOf(t, tunnelClosure)
	checkOpenings(t, e, []openingCase{
		{"how long has the tunnel been closed", "Since a rockslide buried its west portal in March", nil, nil},
		{"how long is the detour", "25 minutes", nil, nil},
		{"when was the relining done", "In August", nil, nil},
		{"is the relining done", "Yes", []string{"finished relining"}, nil},
		{"when is the next survey", "2028", nil, nil},
		{"when does the shuttle stop", "In November", nil, nil},
		{"when will traffic resume", "At noon", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"is the east bore done", nil, []string{"Yes"}}, // planned, not finished
	})
}

// TestPredicativeDone checks which "done" is the adjective: after a
// copula with nothing but a time adjunct after it, not the participle of
// "do" in the perfect, in the passive of "what", or with its object.
func TestPredicativeDone(t *testing.T) {
	for q, want := range map[string]bool{
		"is the relining done":                        true,
		"when will the work be done by":               true,
		"is it done yet":                              true,
		"is this the biggest recall it has ever done": false,
		"what was done about it":                      false,
		"have they done the paving":                   false,
		"was the work done by the county crew":        true,
	} {
		toks := tokenize(q)
		i := len(toks) - 1
		for toks[i].lower != "done" {
			i--
		}
		if got := predicativeDone(toks, i); got != want {
			t.Errorf("predicativeDone(%q) = %v, want %v", q, got, want)
		}
	}
}
