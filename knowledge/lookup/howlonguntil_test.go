package lookup

import "testing"

// orenFerry is a short article written for this test, in no question set:
// one sentence holds both a length ("60-meter") and a span placed by a
// relator ("40 minutes after leaving").
const orenFerry = `New ferry makes first crossing of Lake Oren

PORTVALE, Mich. (AP) — A 60-meter electric ferry carried its first passengers across Lake Oren on Monday, docking at Westhaven 40 minutes after leaving Portvale, county officials said.

The ferry, named the Alder, was built by Marlow Shipyards for $14 million. Ticket sales opened two weeks before the first crossing and sold out in three days, said harbor master Lena Ortiz, 47.

The old diesel ferry, a 45-meter vessel, will be retired in June.
`

// "How long until …" asks the time up to an event (a subordinator of
// time follows "how long", Quirk et al., §15.25), so the span placed by
// "after" answers it and the ferry's length does not.
func TestHowLongUntilAsksTime(t *testing.T) {
	e := engineOf(t, orenFerry)
	checkAnswers(t, e, []answerCase{
		{"how long until it docked at westhaven", []string{"40 minutes"}, []string{"60-meter."}},
		{"how long till the ferry docked", []string{"40 minutes"}, []string{"60-meter."}},
		{"how long til the ferry docked at westhaven", []string{"40 minutes"}, []string{"60-meter."}},
		// the adjective of length and the other durations are answered as before
		{"how long is the ferry", []string{"60-meter"}, nil},
		{"how long did it take to sell out", []string{"three days"}, nil},
		{"how long before the first crossing did tickets go on sale", []string{"two weeks"}, nil},
	})
}
