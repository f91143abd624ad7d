package lookup

import "testing"

// silentLawyer is a short article written for this test, in no question
// set: a person's lawyer, never named, who gave no comment, and a
// spokeswoman who did speak.
const silentLawyer = `Man charged in warehouse fire

FRESNO, Calif. (AP) — A Fresno man, Carl Ibsen, 41, was charged Monday with setting a fire that destroyed a warehouse, prosecutors said.

Ibsen is due in court Friday. His lawyer did not respond to a request for comment.

"The fire was set on purpose," said fire department spokeswoman Lena Ortiz.
`

// TestDescribedDeclined checks that a speaker the question describes and
// the article never names is answered by the sentence that says that
// speaker gave no comment, and that a named speaker still gets their words.
func TestDescribedDeclined(t *testing.T) {
	e := engineOf(t, silentLawyer)
	checkOpenings(t, e, []openingCase{
		{"what did his lawyer say", "Carl Ibsen's lawyer gave no comment", []string{"did not respond"}, nil},
		{"what did ibsen's lawyer say", "Carl Ibsen's lawyer gave no comment", nil, nil},
		{"what did lena ortiz say", "", []string{"set on purpose"}, nil},
	})
}
