package lookup

import "testing"

// clinicHours is a short article written for this test, in no question set.
const clinicHours = `Walk-in clinic opens on Main Street

BANGOR, Maine (AP) — A walk-in clinic opened Monday on Main Street, the hospital that runs it said.

The clinic is open Monday through Friday from 8 a.m. to 7 p.m., Saturday 9 to 3, and Sunday between noon and 4 p.m., a spokesman said.

The council voted Tuesday 6 to 1 to waive its permit fee.
`

// The hours of the day a question names are those of the schedule's
// item whose days hold it.
func TestDayScheduleGivesThatDaysHours(t *testing.T) {
	e := engineOf(t, clinicHours)
	checkOpenings(t, e, []openingCase{
		{q: "when is the clinic open on sundays", first: "Sunday between noon and 4 p.m."},
		{q: "what time does the clinic close on saturday", first: "Saturday 9 to 3"},
		{q: "when is the clinic open on wednesday", first: "Monday through Friday from 8 a.m. to 7 p.m."},
	})
}
