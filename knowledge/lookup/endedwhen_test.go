package lookup

import "testing"

// TestEndedWhen checks that "why did X end" is answered by the sentence
// after X's that gives its end point and what came then ("until 2012,
// when …"), on a short article written for this test.
func TestEndedWhen(t *testing.T) {
	e := engineOf(t, "Baker retires after 50 years\n\nOSAGE, Iowa (AP) — Ruth Lind, who baked bread for the town for 50 years, retired Friday.\n\nShe opened her first shop in 1974, at age 22. For years she also ran free baking classes on Saturday mornings at the Osage school. She held them until 2012, when the school closed its kitchen.\n")
	checkAnswers(t, e, []answerCase{
		{"why did the baking classes end", []string{"kitchen"}, nil},
	})
}

// TestAtThatTime checks that "why did X agree" takes, after the sentence
// telling the agreement, the next one giving the circumstances "at the
// time", on a short article written for this test.
func TestAtThatTime(t *testing.T) {
	e := engineOf(t, "Nurses vote on contract\n\nMILTON, Pa. (AP) — Nurses at Milton General will vote Monday on a new contract.\n\nIn 2016 the nurses union agreed to a wage freeze. The hospital was near bankruptcy at the time and had cut 40 beds. Since then pay has risen 2% a year.\n")
	checkAnswers(t, e, []answerCase{
		{"why did the union agree to the freeze", []string{"bankruptcy"}, nil},
	})
}
