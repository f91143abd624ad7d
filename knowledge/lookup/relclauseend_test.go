package lookup

import "testing"

// millford10K is a short article written for this test, in no question
// set: two winners, a woman and a man, each in a sentence that tells the
// race they won.
const millford10K = `Teacher wins Millford 10K; retired judge takes masters title

MILLFORD, Ore. (AP) — Dana Whitcomb, a fourth-grade teacher, won the Millford 10K on Saturday in 34 minutes, 12 seconds.

In the masters race, Roy Ellery, a retired judge, won in 38:40, his best time in a decade. "My knees are older than the course," Ellery said.

Whitcomb, of Salem, said she trained on her lunch breaks.
`

// In a do-question the relative clause inside the subject ends before
// the main verb ("what does the guy who won the masters race | do for a
// living"), so the clause's words, not the main verb's, pick the person.
func TestRelativeClauseEndsBeforeTheMainVerb(t *testing.T) {
	e := engineOf(t, millford10K)
	checkAnswers(t, e, []answerCase{
		{"what does the guy who won the masters race do for a living", []string{"Roy Ellery is a retired judge"}, []string{"teacher"}},
		{"what does the woman who won the 10k do for a living", []string{"Dana Whitcomb is a fourth-grade teacher"}, []string{"judge"}},
	})
	for _, c := range []struct {
		q    string
		want []int
	}{
		{"what does the guy who won the masters race do for a living", []int{5, 6, 7, 8}},
		{"what did the guy who won the race say", []int{5, 6, 7}}, // the operator "did" before: "say" is the main verb
		{"who is the guy who won the masters race", []int{5, 6, 7, 8}},
	} {
		q := e.understand(c.q, nil)
		k := 3
		if got := e.doSupportedEnd(q.toks, k, e.relativeAfter(q.toks, k)); !equalInts(got, c.want) {
			t.Errorf("%q: clause %v, want %v", c.q, got, c.want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
