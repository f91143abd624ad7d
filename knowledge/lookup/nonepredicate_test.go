package lookup

import "testing"

// ridgefieldBusCrash is a short article written for this test, in no
// question set: "No student was hurt" negates the counted noun with a
// predicate of its own, and the number of students aboard is told apart.
const ridgefieldBusCrash = `School bus slides off icy road near Ridgefield

RIDGEFIELD, Wash. (AP) — A school bus slid into a ditch on an icy county road Thursday morning, the sheriff's office said.

No student was hurt, deputies said. The bus carried 23 students from Ridgefield Middle School when it left the road shortly after 7 a.m.
`

func TestNoneOnlyOfTheNegatedPredicate(t *testing.T) {
	e := engineOf(t, ridgefieldBusCrash)
	checkAnswers(t, e, []answerCase{
		// "no student" was hurt: none of them, of that predicate only
		{"how many students were hurt", []string{"None"}, nil},
		{"how many students were on the bus", []string{"23"}, []string{"None"}},
		{"how many students were there", []string{"23"}, []string{"None"}},
	})
}
