package lookup

import "testing"

// duluthAudienceAward is a short article written for this test, in no
// question set: a film whose quoted title opens with a word of direction.
const duluthAudienceAward = `Comedy about a roadside diner wins audience vote in Duluth

DULUTH, Minn. (AP) — A drama about two sisters won the jury prize at the Lakeshore Film Festival on Saturday.

The audience award, chosen by viewers, went to "Southern Cross Diner," a comedy by director Maya Lindqvist, 36.

"I did not expect to win anything," Lindqvist said.
`

// A word of direction or nationality that opens a quoted composition
// title is a word of the title (AP Stylebook, "composition titles"): the
// rest of the title is no person's name, so a who-question is answered
// by the person the sentence names, and the title in a question finds
// its sentence.
func TestQuotedTitleName(t *testing.T) {
	e := engineOf(t, duluthAudienceAward)
	checkAnswers(t, e, []answerCase{
		{"who got the audience award", []string{"Maya Lindqvist."}, []string{"Cross Diner."}},
		{"who made southern cross diner", []string{"Maya Lindqvist."}, nil},
	})
}
