package lookup

import "testing"

// harborDredge is a short article written for this test, in no question
// set: a body's planned act told with "said … will", next to another
// body's plan that shares the question's verb "plan".
const harborDredge = `Silt closes Wexley harbor to large boats

WEXLEY, Maine (AP) — Silt has closed the Wexley harbor channel to boats longer than 40 feet, the harbor commission said Tuesday.

Gov. Lena Marsh toured the harbor on Wednesday. She said she will ask lawmakers for $200,000 to dredge the channel before summer.

State officials plan to survey the channel floor next month.

Fishermen said the closure has already cost them a week of catches.
`

// "What is X planning to do" asks X's act in future time (Quirk et al.,
// §4.42–4.48): "she said she will ask …", not the sentence
// that shares only the verb "plan" with another doer.
func TestPlannedActIsTheAskedDoersFuture(t *testing.T) {
	e := engineOf(t, harborDredge)
	checkAnswers(t, e, []answerCase{
		{"whats the governor planning to do", []string{"will ask lawmakers"}, []string{"State officials"}},
		{"what will the governor do", []string{"will ask lawmakers"}, nil},
		{"what are state officials planning to do", []string{"survey the channel"}, nil},
	})
}
