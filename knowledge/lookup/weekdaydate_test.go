package lookup

import "testing"

// mosqueReopening is a short article written for these tests, in no question
// set: each time is a weekday set before its date by a comma.
const mosqueReopening = `Mosque sets reopening after fire

HALVERTON, Pa. (AP) — The Dar Al-Salam mosque will reopen on Friday, Oct. 9, its board said.

The first classes in the new school wing begin Monday, November 2, 2026, Imam Idris Bakr said.
`

// TestWeekdayWithDate checks that a weekday and the date after its comma
// are read as one time (AP Stylebook, "dates"), so the answer gives the
// date, not the weekday alone.
func TestWeekdayWithDate(t *testing.T) {
	e := engineOf(t, mosqueReopening)
	checkOpenings(t, e, []openingCase{
		{q: "when does the mosque reopen", first: "On Friday, Oct. 9"},
		{q: "when do the first classes begin", first: "Monday, November 2, 2026"},
	})
}
