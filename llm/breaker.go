package llm

import (
	"sync"
	"time"
)

// breaker is a circuit breaker for the model: after threshold consecutive
// failures it opens and refuses calls for cooldown, then lets one probe
// through (half-open); the probe's success closes it, its failure opens it
// again. It is safe for concurrent use.
type breaker struct {
	threshold int
	cooldown  time.Duration
	now       func() time.Time

	mu        sync.Mutex
	failures  int
	openUntil time.Time // zero when closed
	probing   bool      // a half-open probe is in flight
}

func newBreaker(threshold int, cooldown time.Duration, now func() time.Time) *breaker {
	return &breaker{threshold: threshold, cooldown: cooldown, now: now}
}

// outcome is how a call the breaker allowed turned out.
type outcome int

const (
	success outcome = iota // the model answered
	failure                // the model failed: error, status, timeout
	neutral                // no verdict, e.g. the caller gave up
)

// allow reports whether a call may go ahead, and whether it is the
// half-open probe. Every allowed call must be followed by exactly one done
// with the same probe value.
func (b *breaker) allow() (ok, probe bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.openUntil.IsZero() {
		return true, false
	}
	if b.probing || b.now().Before(b.openUntil) {
		return false, false
	}
	b.probing = true
	return true, true
}

// done records the outcome of an allowed call.
func (b *breaker) done(probe bool, o outcome) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if probe {
		b.probing = false
	}
	switch o {
	case success:
		b.failures = 0
		b.openUntil = time.Time{}
	case failure:
		b.failures++
		if probe || b.failures >= b.threshold {
			b.openUntil = b.now().Add(b.cooldown)
		}
	}
}

// state names the breaker's state for logs and tests: closed, open or half-open.
func (b *breaker) state() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case b.openUntil.IsZero():
		return "closed"
	case b.probing || !b.now().Before(b.openUntil):
		return "half-open"
	}
	return "open"
}
