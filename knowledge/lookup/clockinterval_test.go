package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

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

// A clock time whose words name only the participants of an event, not
// its head, does not time it: "Halvard left at 10 a.m., behind Penner"
// does not time when Penner quit, so no span is worked out of it.
func TestClockIntervalNeedsEventHead(t *testing.T) {
	e := engineOf(t, `Musher wins sled race

NOME, Alaska (AP) — Musher Lena Halvard won the Ridge 200 sled dog race at 4:12 a.m. Thursday.

Halvard had left the start at 10 a.m. Monday, two minutes behind Arlo Penner.

Penner withdrew Wednesday, about six hours after his sled broke on a creek bed.
`)
	for _, q := range []string{"how long after the sled broke did penner withdraw", "how long after the sled broke did penner quit"} {
		if a := ask(t, e, knowledge.Question{Text: q}); strings.Contains(a.Text, "worked out") {
			t.Errorf("%q: no clock time tells either event: %s", q, a.Text)
		}
	}
}
