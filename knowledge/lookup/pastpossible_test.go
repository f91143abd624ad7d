package lookup

import "testing"

// milbrookRain is a short article written for this test, in no question
// set: one act stated ("closed two bridges") and one told only as a
// possibility ("could flood Route 9").
const milbrookRain = `Rain soaks Milbrook

MILBROOK, Vt. (AP) — Heavy rain closed two bridges in Milbrook on Monday, the town said.

Forecaster Jo Penn said the swollen river could flood Route 9 on Wednesday.
`

func TestPastQuestionNotAnsweredByPossibility(t *testing.T) {
	e := engineOf(t, milbrookRain)
	checkWantOrRefused(t, e, []wantCase{
		// told only as possible: no date, no place, no cause of it
		{"when did the river flood route 9", ""},
		{"when was route 9 flooded", ""},
		{"what flooded route 9", ""},
		// stated acts, and a question that itself asks the possibility
		{"when did the rain close the bridges", "Monday"},
		{"what closed the bridges", "rain"},
		{"when could the river flood route 9", "Wednesday"},
	})
}
