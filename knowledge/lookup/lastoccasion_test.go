package lookup

import "testing"

// busDrivers is a short article written for this test, in no question
// set: drivers who walked out Monday, and who "last struck" in 2019, a
// sentence the question's words match more closely.
const busDrivers = `Bus drivers strike in Tacoma

TACOMA, Wash. (AP) — Some 600 bus drivers in Tacoma went on strike at 5 a.m. Monday over wages, the union said.

Drivers last struck in 2019, for two days.
`

// "last" before the verb tells the occasion before the story's: "when did
// the drivers strike" asks of the story's strike, "last" of the earlier.
func TestLastOccasionIsAnotherInstance(t *testing.T) {
	e := engineOf(t, busDrivers)
	checkAnswers(t, e, []answerCase{
		{"when did the drivers strike", []string{"Monday"}, []string{"2019"}},
		{"when did the drivers walk out", []string{"Monday"}, []string{"2019"}},
		{"when did the drivers last strike", []string{"2019"}, nil},
	})
}
