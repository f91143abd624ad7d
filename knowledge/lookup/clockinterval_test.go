package lookup

import "testing"

// schoolGasLeak is a short article written for this test, in no question
// set: three events of one day timed by the clock, the span between them
// never stated.
const schoolGasLeak = `Gas leak empties elementary school

DOVER, Del. (AP) — A gas leak forced the evacuation of an elementary school Thursday, police said.

A custodian smelled gas about 9:15 a.m., and the principal ordered the building cleared at 9:40 a.m.

Utility crews capped the broken line at 1:05 p.m., and students returned to class at 2 p.m.
`

func TestClockInterval(t *testing.T) {
	e := engineOf(t, schoolGasLeak)
	checkOpenings(t, e, []openingCase{
		{"how long after the custodian smelled gas was the building cleared", "About 25 minutes, from 9:15 a.m. to 9:40 a.m.", []string{"¶2"}, nil},
		{"how long between the evacuation order and the crews capping the line", "3 hours and 25 minutes, from 9:40 a.m. to 1:05 p.m.", []string{"¶2", "¶3"}, nil},
		{"how long from capping the line until students returned", "55 minutes", nil, nil},
		{"how long before the students returned did crews cap the line", "55 minutes", nil, nil},
	})
}
