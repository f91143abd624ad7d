package metrics

import "testing"

// TestDeliveryCounters checks each delivery counter on a real /metrics
// scrape, and that a nil *Metrics ignores them.
func TestDeliveryCounters(t *testing.T) {
	m := New()
	m.Retried("chat.postMessage")
	m.Retried("chat.postMessage")
	m.Retried("chat.update")
	m.AmbiguousResolved(true)
	m.AmbiguousResolved(false)
	m.AmbiguousResolved(false)
	m.AnswerLost()
	m.StreamClaimed(3)
	m.PanicRecovered("slash_command")
	got := scrape(t, startServer(t, m, func() bool { return true })+"/metrics")
	for series, want := range map[string]float64{
		NameSlackRetries + `{method="chat.postMessage"}`: 2,
		NameSlackRetries + `{method="chat.update"}`:      1,
		NameAmbiguousResolved + `{outcome="found"}`:      1,
		NameAmbiguousResolved + `{outcome="absent"}`:     2,
		NameAnswersLost:   1,
		NameStreamClaimed: 3,
		NamePanicsRecovered + `{job="slash_command"}`: 1,
	} {
		if got[series] != want {
			t.Errorf("%s = %v, want %v", series, got[series], want)
		}
	}
	var nilM *Metrics
	nilM.Retried("x")
	nilM.AmbiguousResolved(true)
	nilM.AnswerLost()
	nilM.StreamClaimed(1)
	nilM.PanicRecovered("x")
}
