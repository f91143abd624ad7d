package lookup

import "testing"

// duvalBakery is a short article written for this test, in no question
// set: two sisters share a surname, the one named in full first is "Mae
// Duval" ("Ann and Mae Duval"), and the story's second references by
// surname alone are to Ann, named in full after her.
const duvalBakery = `Sisters' bakery marks 25 years

LOWELL, Mass. (AP) — The bakery was opened in 1998 by sisters Ann and Mae Duval.

Ann Duval, 51, still runs the ovens. Duval said the shop sells 600 loaves on a Saturday.

"We never sold a loaf we would not eat," Duval said.
`

// A bare surname two people share is the one named in full most
// recently before it, in the article's sentences; a question that asks
// by the surname alone means the one the article calls so.
func TestSharedSurnameReading(t *testing.T) {
	e := engineOf(t, duvalBakery)
	checkAnswers(t, e, []answerCase{
		{"what did duval say", []string{"Ann Duval", "never sold a loaf"}, []string{"Mae Duval"}},
		{"how old is duval", []string{"51"}, nil},
	})
}
