package lookup

import "testing"

// fireChiefLeave is a short article written for this test, in no
// question set: the lead gives the person's post, not the name, which
// opens the next paragraph (a delayed identification by title).
const fireChiefLeave = `Fire chief placed on leave

RIVERTON, Wyo. (AP) — The chief of the Riverton Fire Department was placed on paid leave Friday after two firefighters accused him of falsifying training records.

Mark Dale, 58, joined the department in 1991 and became chief in 2015.

City Manager Lisa Ortega said an outside investigator would review the records.
`

// slainTeenFather is a short article written for this test: the lead's
// definite subject is a relation to someone else, the one the next
// paragraph names.
const slainTeenFather = `Father of slain teen speaks at vigil

DAYTON, Ohio (AP) — The father of a slain teenager pleaded for calm Saturday at a vigil attended by about 300 people.

Jalen Brooks, 16, was shot May 2 outside a convenience store.
`

func TestDefiniteLead(t *testing.T) {
	e := engineOf(t, fireChiefLeave)
	checkAnswers(t, e, []answerCase{
		// the lead's "after" clause is said of Dale, named next
		{"why was dale put on leave", []string{"falsifying training records"}, nil},
	})
	if _, head := e.definiteTitleSubject(leadOf(e)); head < 0 || leadOf(e).toks[head].lower != "chief" {
		t.Errorf("fire chief lead: no post read as its subject")
	}
	// "the father of a slain teenager" is a relation: the teen named next is someone else
	f := engineOf(t, slainTeenFather)
	if _, head := f.definiteTitleSubject(leadOf(f)); head >= 0 {
		t.Errorf("slain teen lead: a relation read as a post")
	}
}

// leadOf is the first body sentence of e's article.
func leadOf(e *Engine) *sentence {
	for i := range e.r.sents {
		if e.r.sents[i].para >= 1 && e.r.sents[i].part == "" {
			return &e.r.sents[i]
		}
	}
	return nil
}
