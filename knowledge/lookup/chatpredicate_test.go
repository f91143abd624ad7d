package lookup

import "testing"

// icyRoadCrash is a short article written for this test, in no question
// set: a driver hurt and a crew unhurt.
const icyRoadCrash = `Driver hurt on icy road

BEMIDJI, Minn. (AP) — A 58-year-old driver was taken to a hospital with a broken leg after his pickup rolled over on an icy county road Sunday, the sheriff said.

A tow truck driver who stopped to help was not injured.
`

// "ok" as the predicate of a copular yes/no question is what is asked,
// not chat: no sentence about the driver says he is all right, so no
// Yes; before the question, "ok" stays filler.
func TestChatPredicate(t *testing.T) {
	e := engineOf(t, icyRoadCrash)
	checkAnswers(t, e, []answerCase{
		{"was the driver ok", nil, []string{"Yes"}},
		{"is the driver okay?", nil, []string{"Yes"}},
		{"ok was the driver taken to a hospital", []string{"Yes"}, nil},
	})
}
