package lookup

import "testing"

// tourBusRail is a short article written for this test, in no question
// set: an event dated by a part of the day, and a span that dates
// nothing of it.
const tourBusRail = `Tour bus hits guardrail on Highway 6

RIVA, Nev. (AP) — A tour bus hit a guardrail on Highway 6 on Tuesday night, injuring three people, police said. It was the third crash on the highway in two years.
`

func TestWhatTimeAsksATimeOfDay(t *testing.T) {
	checkAnswers(t, engineOf(t, tourBusRail), []answerCase{
		// a span of years is no time of day
		{"what time did the crash happen", nil, []string{"two years"}},
		// the lead's part of the day answers it
		{"what time did the bus hit the guardrail", []string{"Tuesday night"}, nil},
		// a plain when-question still takes any time
		{"when did the bus hit the guardrail", []string{"Tuesday"}, nil},
	})
}
