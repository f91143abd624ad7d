package lookup

import "testing"

// ferryWeek is a short article written for this test, in no question
// set: a week told day by day.
const ferryWeek = `Storm strands island ferry for three days

ROCKPORT, Maine (AP) — The island ferry sat idle for most of the week as a storm churned the bay.

On Monday, the captain canceled the morning crossing when gusts topped 50 mph. On Tuesday, crews found a cracked hull plate during an inspection. Welders repaired the plate Wednesday, and service resumed Thursday.
`

func TestDayListAsksEachDay(t *testing.T) {
	e := engineOf(t, ferryWeek)
	checkAnswers(t, e, []answerCase{
		// AP abbreviations in a list: each day's events, in the list's order
		{"can you walk me thru the week - mon, tue, wed?", []string{"canceled the morning crossing", "cracked hull plate", "repaired the plate"}, nil},
		{"what happened tuesday and thursday", []string{"cracked hull plate", "service resumed"}, nil},
	})
}
