// Package metrics is storybot's operator view: Prometheus collectors for
// what the bot does (events, answers, failures, latency) and an HTTP
// listener that serves them on /metrics next to a /healthz probe.
//
// Every method on *Metrics is safe on a nil receiver, where it does nothing,
// so code that counts needs no checks when metrics are off. The collectors
// live in the Metrics' own prometheus.Registry, never the global default, so
// tests and several instances in one process do not collide.
//
// These packages are the server's internals, not a public API.
package metrics

import (
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Answer modes used as the "mode" label of storybot_answers_total.
const (
	ModeLookup   = "lookup"   // the deterministic lookup answer
	ModeModel    = "model"    // a verified model answer
	ModeFallback = "fallback" // a model was tried and the lookup answer was used instead
)

// LatencyBuckets are the upper bounds, in seconds, of the answer latency
// histogram: from 1 ms (a lookup) to 30 s (a slow model at its timeout).
var LatencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30}

// Metric names, for dashboards, alerts and tests.
const (
	NameEventsReceived       = "storybot_events_received_total"
	NameAnswers              = "storybot_answers_total"
	NameNotInArticle         = "storybot_answers_not_in_article_total"
	NameVerificationFailures = "storybot_verification_failures_total"
	NameSlackErrors          = "storybot_slack_api_errors_total"
	NameSlackRateLimited     = "storybot_slack_api_rate_limited_total"
	NameModelErrors          = "storybot_model_errors_total"
	NameModelRateLimited     = "storybot_model_rate_limited_total"
	NameAnswerDuration       = "storybot_answer_duration_seconds"
	NameSocketConnected      = "storybot_socket_connected"
)

// maxLabelValues bounds how many distinct values one label may take before
// further values are counted as "other", so a caller passing unbounded input
// (an unexpected event type from Slack, say) cannot grow memory without end.
// Values over 64 bytes or not valid UTF-8 (which Prometheus rejects with a
// panic) are counted as "other" too.
const maxLabelValues = 32

// Metrics holds storybot's collectors and the registry that serves them.
// Create one with New; it is safe for concurrent use. A nil *Metrics is
// valid and records nothing.
type Metrics struct {
	reg *prometheus.Registry

	events           *boundedCounterVec
	answers          *prometheus.CounterVec
	notInArticle     prometheus.Counter
	verifyFailures   prometheus.Counter
	slackErrors      *boundedCounterVec
	slackRateLimited *boundedCounterVec
	modelErrors      prometheus.Counter
	modelRateLimited prometheus.Counter
	latency          prometheus.Histogram

	connected atomic.Bool
	dlv       delivery
}

// New returns Metrics with every storybot collector registered in a fresh
// registry, together with the standard Go runtime and process collectors
// (goroutines, heap, resident memory, open file descriptors).
func New() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.events = newBounded(prometheus.CounterOpts{
		Name: NameEventsReceived,
		Help: "Socket-mode envelopes and events received, by type.",
	}, "type")
	m.answers = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: NameAnswers,
		Help: "Answers posted, by mode: lookup, model, or fallback (a model was tried and the lookup answer used).",
	}, []string{"mode"})
	m.notInArticle = prometheus.NewCounter(prometheus.CounterOpts{
		Name: NameNotInArticle,
		Help: "Answers saying the article does not cover the question.",
	})
	m.verifyFailures = prometheus.NewCounter(prometheus.CounterOpts{
		Name: NameVerificationFailures,
		Help: "Model answers rejected because their citations or quotations were not verbatim in the article.",
	})
	m.slackErrors = newBounded(prometheus.CounterOpts{
		Name: NameSlackErrors,
		Help: "Failed Slack Web API calls, by method, including rate-limited ones.",
	}, "method")
	m.slackRateLimited = newBounded(prometheus.CounterOpts{
		Name: NameSlackRateLimited,
		Help: "Slack Web API calls answered with HTTP 429, by method.",
	}, "method")
	m.modelErrors = prometheus.NewCounter(prometheus.CounterOpts{
		Name: NameModelErrors,
		Help: "Failed model calls, including rate-limited ones and timeouts.",
	})
	m.modelRateLimited = prometheus.NewCounter(prometheus.CounterOpts{
		Name: NameModelRateLimited,
		Help: "Model calls answered with HTTP 429.",
	})
	m.latency = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    NameAnswerDuration,
		Help:    "Time from receiving a question to having its answer, in seconds.",
		Buckets: LatencyBuckets,
	})
	connected := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: NameSocketConnected,
		Help: "1 while the socket-mode connection to Slack is up, else 0.",
	}, func() float64 {
		if m.connected.Load() {
			return 1
		}
		return 0
	})
	m.reg.MustRegister(
		m.events.vec, m.answers, m.notInArticle, m.verifyFailures,
		m.slackErrors.vec, m.slackRateLimited.vec,
		m.modelErrors, m.modelRateLimited, m.latency, connected,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	m.registerDelivery()
	// Make the answer modes visible at zero before the first answer, so
	// rate() and alerts work from the start.
	for _, mode := range []string{ModeLookup, ModeModel, ModeFallback} {
		m.answers.WithLabelValues(mode)
	}
	return m
}

// Registry returns the registry holding the collectors, for serving or for
// registering more. It returns nil for a nil *Metrics.
func (m *Metrics) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// EventReceived counts one envelope or event of the given type, such as
// "events_api", "app_mention" or "disconnect". At most 32 distinct types are
// kept; later ones are counted as "other".
func (m *Metrics) EventReceived(kind string) {
	if m == nil {
		return
	}
	m.events.inc(kind)
}

// Answered records one answer: its mode (knowledge.ModeLookup or
// knowledge.ModeModel), whether the article covered the question (found),
// whether a model was tried and replaced by the lookup answer (fallback,
// i.e. Answer.FallbackReason != ""), and how long answering took.
// A fallback is counted under mode "fallback" whatever mode is passed; an
// unknown mode is counted as "other".
func (m *Metrics) Answered(mode string, found, fallback bool, d time.Duration) {
	if m == nil {
		return
	}
	switch {
	case fallback:
		mode = ModeFallback
	case mode == ModeLookup, mode == ModeModel:
	default:
		mode = "other"
	}
	m.answers.WithLabelValues(mode).Inc()
	if !found {
		m.notInArticle.Inc()
	}
	m.latency.Observe(d.Seconds())
}

// VerificationFailed counts one model answer rejected by verification.
func (m *Metrics) VerificationFailed() {
	if m == nil {
		return
	}
	m.verifyFailures.Inc()
}

// SlackError counts one failed Slack Web API call to method (for example
// "chat.postMessage"); rateLimited says Slack answered 429, which is counted
// both as an error and as a rate limit.
func (m *Metrics) SlackError(method string, rateLimited bool) {
	if m == nil {
		return
	}
	m.slackErrors.inc(method)
	if rateLimited {
		m.slackRateLimited.inc(method)
	}
}

// ModelError counts one failed model call; rateLimited says the server
// answered 429, which is counted both as an error and as a rate limit.
func (m *Metrics) ModelError(rateLimited bool) {
	if m == nil {
		return
	}
	m.modelErrors.Inc()
	if rateLimited {
		m.modelRateLimited.Inc()
	}
}

// SetConnected records whether the socket-mode connection is up. It drives
// the storybot_socket_connected gauge and Connected, which a /healthz
// handler can use as its probe.
func (m *Metrics) SetConnected(up bool) {
	if m == nil {
		return
	}
	m.connected.Store(up)
}

// Connected reports the last value given to SetConnected; false for a nil
// *Metrics or before the first call.
func (m *Metrics) Connected() bool {
	if m == nil {
		return false
	}
	return m.connected.Load()
}

// boundedCounterVec is a one-label CounterVec that folds label values past
// maxLabelValues into "other".
type boundedCounterVec struct {
	vec  *prometheus.CounterVec
	mu   sync.Mutex
	seen map[string]bool
}

func newBounded(opts prometheus.CounterOpts, label string) *boundedCounterVec {
	return &boundedCounterVec{
		vec:  prometheus.NewCounterVec(opts, []string{label}),
		seen: make(map[string]bool),
	}
}

func (b *boundedCounterVec) inc(value string) {
	if value == "" {
		value = "unknown"
	}
	b.mu.Lock()
	if !b.seen[value] {
		if len(b.seen) >= maxLabelValues || len(value) > 64 || !utf8.ValidString(value) {
			value = "other"
		} else {
			b.seen[value] = true
		}
	}
	b.mu.Unlock()
	b.vec.WithLabelValues(value).Inc()
}
