package metrics

import "github.com/prometheus/client_golang/prometheus"

// Delivery metric names: what it takes to give every accepted question
// exactly one answer.
const (
	NameSlackRetries      = "storybot_slack_retries_total"
	NameAmbiguousResolved = "storybot_ambiguous_posts_resolved_total"
	NameAnswersLost       = "storybot_answers_lost_total"
	NameStreamClaimed     = "storybot_stream_entries_claimed_total"
	NamePanicsRecovered   = "storybot_panics_recovered_total"
)

// delivery holds the delivery collectors.
type delivery struct {
	retries   *boundedCounterVec
	ambiguous *prometheus.CounterVec
	lost      prometheus.Counter
	claimed   prometheus.Counter
	panics    *boundedCounterVec
}

// registerDelivery creates the delivery collectors in m's registry.
func (m *Metrics) registerDelivery() {
	m.dlv.retries = newBounded(prometheus.CounterOpts{
		Name: NameSlackRetries,
		Help: "Slack Web API calls repeated after a transient failure (5xx, timeout, dropped connection, 429), by method.",
	}, "method")
	m.dlv.ambiguous = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: NameAmbiguousResolved,
		Help: "Posts whose failure left unclear whether Slack had posted, resolved by reading the thread: found (already there, not posted again) or absent (posted).",
	}, []string{"outcome"})
	m.dlv.lost = prometheus.NewCounter(prometheus.CounterOpts{
		Name: NameAnswersLost,
		Help: "Answers that could not be posted after every retry.",
	})
	m.dlv.claimed = prometheus.NewCounter(prometheus.CounterOpts{
		Name: NameStreamClaimed,
		Help: "Questions claimed from the Redis stream after the replica holding them went quiet.",
	})
	m.dlv.panics = newBounded(prometheus.CounterOpts{
		Name: NamePanicsRecovered,
		Help: "Panics recovered in the worker pool, by kind of job; the process kept running.",
	}, "job")
	m.reg.MustRegister(m.dlv.retries.vec, m.dlv.ambiguous, m.dlv.lost, m.dlv.claimed, m.dlv.panics.vec)
	for _, o := range []string{"found", "absent"} {
		m.dlv.ambiguous.WithLabelValues(o)
	}
}

// Retried counts one repeated call of a Slack Web API method.
func (m *Metrics) Retried(method string) {
	if m == nil {
		return
	}
	m.dlv.retries.inc(method)
}

// AmbiguousResolved counts one ambiguous post resolved by reading its
// thread: found is true when the answer was already there.
func (m *Metrics) AmbiguousResolved(found bool) {
	if m == nil {
		return
	}
	o := "absent"
	if found {
		o = "found"
	}
	m.dlv.ambiguous.WithLabelValues(o).Inc()
}

// AnswerLost counts one answer that could not be posted at all.
func (m *Metrics) AnswerLost() {
	if m == nil {
		return
	}
	m.dlv.lost.Inc()
}

// StreamClaimed counts n questions claimed from a quiet replica.
func (m *Metrics) StreamClaimed(n int) {
	if m == nil {
		return
	}
	m.dlv.claimed.Add(float64(n))
}

// PanicRecovered counts one panic recovered in a job of the given kind
// ("message", "slash_command", "interaction").
func (m *Metrics) PanicRecovered(job string) {
	if m == nil {
		return
	}
	m.dlv.panics.inc(job)
}
