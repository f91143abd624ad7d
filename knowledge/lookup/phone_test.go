package lookup

import "testing"

// boilNotice is a short article written for this test, in no question
// set: a telephone number in AP style that the article never calls a
// phone number, and a website.
const boilNotice = `Town lifts boil-water notice

MARLOW, N.H. (AP) — Marlow lifted its boil-water notice Thursday after tests found the water safe, the town said.

Residents with questions can call the water department at 603-555-0199 or visit the town's website.
`

func TestPhoneNumberGiven(t *testing.T) {
	e := engineOf(t, boilNotice)
	checkAnswers(t, e, []answerCase{
		{"is there a phone # residents can call", []string{"Yes", "603-555-0199"}, nil},
		{"is there a phone number for the water department?", []string{"Yes", "603-555-0199"}, nil},
	})
	// an article with no number gives no "yes"
	f := engineOf(t, "Town lifts notice\n\nMARLOW, N.H. (AP) — Marlow lifted its boil-water notice Thursday, the town said. Residents can visit the town's website.\n")
	checkAnswers(t, f, []answerCase{
		{"is there a phone # residents can call", nil, []string{"Yes"}},
	})
}
