package lookup

import "testing"

// lighthouseKeepers is a short article written for this test, in no
// question set: ordinals whose series is said by a clause after a
// compound head or a place phrase, by a zero relative clause, and by a
// span of time.
const lighthouseKeepers = `Island lighthouse gets new keeper

PORTREE, Scotland (AP) — Fiona Baird became the 12th lighthouse keeper in the island's history to live on the rock, the trust said.

She is the fourth keeper the trust has hired since the light was automated.

The beacon failed on Tuesday, the third outage at the station this winter.

The crew later fixed the second lamp of the night.
`

// "The Nth X" counts the Xs of its series, counting itself, when the
// noun phrase says the series: a clause after a compound head or a
// place phrase, a zero relative clause, or a span the question asks too;
// an of-phrase names a whole, not a series.
func TestSeriesBound(t *testing.T) {
	e := engineOf(t, lighthouseKeepers)
	checkAnswers(t, e, []answerCase{
		{"how many lighthouse keepers have lived on the rock", []string{"12"}, nil},
		{"how many keepers has the trust hired", []string{"4", "fourth keeper"}, nil},
		{"how many outages at the station this winter", []string{"3", "third outage"}, nil},
		// the span is the series': without it the count is no answer
		{"how many outages at the station", nil, []string{"3:"}},
		{"how many lamps did the crew fix", nil, []string{"2:"}},
	})
}
