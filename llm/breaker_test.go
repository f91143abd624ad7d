package llm

import (
	"testing"
	"time"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestBreaker(t *testing.T) {
	c := &clock{t: time.Unix(1000, 0)}
	b := newBreaker(3, 10*time.Second, c.now)
	call := func(o outcome) {
		t.Helper()
		ok, probe := b.allow()
		if !ok {
			t.Fatalf("call refused in state %s", b.state())
		}
		b.done(probe, o)
	}
	call(failure)
	call(failure)
	call(success) // resets the run
	call(failure)
	call(failure)
	if got := b.state(); got != "closed" {
		t.Fatalf("after 2 consecutive failures state = %s, want closed", got)
	}
	call(failure)
	if got := b.state(); got != "open" {
		t.Fatalf("after 3 consecutive failures state = %s, want open", got)
	}
	if ok, _ := b.allow(); ok {
		t.Fatal("open breaker allowed a call")
	}
	c.t = c.t.Add(10 * time.Second)
	ok, probe := b.allow()
	if !ok || !probe {
		t.Fatalf("after the cool-down allow = %v, %v; want a probe", ok, probe)
	}
	if ok, _ := b.allow(); ok {
		t.Fatal("a second call allowed while the probe is in flight")
	}
	b.done(probe, failure)
	if got := b.state(); got != "open" {
		t.Fatalf("after a failed probe state = %s, want open", got)
	}
	c.t = c.t.Add(10 * time.Second)
	ok, probe = b.allow()
	if !ok || !probe {
		t.Fatal("no probe after the second cool-down")
	}
	b.done(probe, neutral)
	if got := b.state(); got != "half-open" {
		t.Fatalf("after a neutral probe state = %s, want half-open", got)
	}
	ok, probe = b.allow()
	if !ok || !probe {
		t.Fatal("no new probe after a neutral one")
	}
	b.done(probe, success)
	if got := b.state(); got != "closed" {
		t.Fatalf("after a good probe state = %s, want closed", got)
	}
}

// TestBreakerLateCall checks that a call allowed while closed and finishing
// during a probe does not release the probe slot.
func TestBreakerLateCall(t *testing.T) {
	c := &clock{t: time.Unix(1000, 0)}
	b := newBreaker(1, time.Second, c.now)
	_, lateProbe := b.allow() // in flight while the breaker opens
	ok, p := b.allow()
	if !ok {
		t.Fatal("closed breaker refused")
	}
	b.done(p, failure)
	c.t = c.t.Add(time.Second)
	ok, probe := b.allow()
	if !ok || !probe {
		t.Fatal("no probe")
	}
	b.done(lateProbe, neutral)
	if ok, _ := b.allow(); ok {
		t.Fatal("a late call's completion let a second probe through")
	}
	b.done(probe, success)
}
