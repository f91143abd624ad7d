package lookup

import "testing"

// portEllisFerry is a short article written for this test, in no question
// set: a dated sentence and, after it in its paragraph, an undated one
// whose sequence adverb stands medially, between subject and verb.
const portEllisFerry = `Island ferry line cuts service

PORT ELLIS, Maine (AP) — The Port Ellis ferry line will run two boats instead of four this winter.

In March, the state cut the line's yearly grant by half. The company then laid off nine deckhands.

The line has carried islanders since 1962. Since then it has grown to four boats.
`

// TestMedialSequence checks that a medial "then" orders its clause's event
// after the dated one told before it, and that "since then" does not.
func TestMedialSequence(t *testing.T) {
	e := engineOf(t, portEllisFerry)
	checkOpenings(t, e, []openingCase{
		{q: "what came first, the layoffs or the grant cut", first: "Grant cut came first"},
		{q: "which came first, the company laying off deckhands or the state cutting the grant", first: "State cutting the grant came first"},
	})
	want := map[string]bool{
		"The company then laid off nine deckhands.":                true,
		"Since then it has grown to four boats.":                   false,
		"In March, the state cut the line's yearly grant by half.": false,
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if w, ok := want[s.text]; ok && e.medialSequence(s) != w {
			t.Errorf("medialSequence(%q) = %v, want %v", s.text, !w, w)
		}
	}
}
