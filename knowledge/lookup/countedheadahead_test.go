package lookup

import "testing"

// millCuts is a short article written for this test, in no question set:
// two counts of one head in a sentence, one of them premodified by a
// compound adjective ("85 full-time workers" of "140 workers"), and a
// count whose head follows a noun premodified by an adjective ("12 high
// school students").
const millCuts = `Paper mill in Maine to cut jobs

MILLINOCKET, Maine (AP) — The Katahdin paper mill will lay off 140 workers by March, including 85 full-time workers on its two paper machines, the company said Tuesday.

The mill's training program placed 12 high school students in summer jobs last year, plant manager Dora Quist said.
`

// "Many" heads its phrase with a plural noun (Quirk et al., §5.23): the
// counted head comes after any number of premodifiers, and a compound
// adjective split at its hyphen still restricts it as a whole.
func TestCountedHeadPastPremodifiers(t *testing.T) {
	e := engineOf(t, millCuts)
	checkAnswers(t, e, []answerCase{
		{"how many full-time workers will be laid off", []string{"85"}, []string{"140 workers."}},
		{"how many full time workers r losing their jobs", []string{"85"}, nil},
		{"how many high school students did the program place", []string{"12"}, nil},
		// the rule must not fire: no sentence counts part-time workers
		{"how many part-time workers will be laid off", []string{}, []string{"85", "140"}},
	})
}

func TestCountedHeadAheadFocus(t *testing.T) {
	e := engineOf(t, millCuts)
	for q, want := range map[string]string{
		"how many long-tailed ducks were there":   "duck",
		"how many high school students were hurt": "student",
		"how many senior centers took part":       "center", // two words, the plural last: as before
		"how many fog crashes were there":         "crash",
	} {
		f := e.understand(q, nil).focus
		if len(f) == 0 || f[len(f)-1] != want {
			t.Errorf("%q: focus %v, want head %q", q, f, want)
		}
	}
}
