package lookup

import "testing"

// kennelDispute is a short article written for this test, in no question
// set: an attempted act told with a verb other than "try".
const kennelDispute = `Kennel owner fights county over barking complaints

MILLBROOK, Iowa (AP) — A kennel owner in rural Tate County is suing the county after its zoning board voted to revoke her operating permit.

Neighbor Glen Harker filed a noise complaint with the county in May. Within a month, kennel owner Rosa Lindqvist moved to sue Harker for trespass after he walked onto her land to record the dogs.

The zoning board said the kennel had 41 dogs, more than its permit allows.

Lindqvist said she hopes to reopen by spring.
`

func TestConativeBeforeDoIsGiven(t *testing.T) {
	e := engineOf(t, kennelDispute)
	checkAnswers(t, e, []answerCase{
		// "try to do to Harker": the article's "moved to sue Harker"
		{"what did lindqvist try to do to harker", []string{"sue"}, nil},
		{"what did lindqvist want to do to harker", []string{"sue"}, nil},
	})
	for _, q := range []string{
		"what did the sheriff try to do", // no sheriff: nothing anchors the attempt
		"what did harker try to do to the mayor",
	} {
		if a := answerOf(t, e, q); a.Found {
			t.Errorf("%q: want refused, got %q", q, a.Text)
		}
	}
}

func TestConativeGivenOnlyBeforeDo(t *testing.T) {
	e := engineOf(t, kennelDispute)
	for _, c := range []struct {
		q     string
		given bool
	}{
		{"what did lindqvist try to do to harker", true},
		{"when does lindqvist hope to reopen", false}, // the wish's own act is asked: "reopen" is no pro-form
		{"what did harker try", false},
	} {
		q := e.understand(c.q, nil)
		got := false
		for _, t := range q.terms {
			if conativeVerbs[t.lower] && t.given {
				got = true
			}
		}
		if got != c.given {
			t.Errorf("%q: conative given = %v, want %v", c.q, got, c.given)
		}
	}
}
