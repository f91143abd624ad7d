package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"storybot/internal/fakeslack"
	"storybot/internal/redistest"
)

// replica is one run of the program sharing a loopback Slack with others.
type replica struct {
	name   string
	conn   int // the fake's id of its socket connection
	cancel context.CancelFunc
	done   chan error
	out    *syncBuffer
}

// startReplicas starts n runs of the program against fs, one after the
// other so that replica i holds connection i+1. Cleanup stops them and
// checks that each returned nil.
func startReplicas(t *testing.T, fs *fakeslack.Server, n int, extraEnv ...string) []*replica {
	t.Helper()
	var rs []*replica
	for i := range n {
		ctx, cancel := context.WithCancel(context.Background())
		r := &replica{name: string(rune('A' + i)), cancel: cancel, done: make(chan error, 1), out: &syncBuffer{}}
		getenv := env(t, fs, extraEnv...)
		go func() { r.done <- run(ctx, nil, getenv, strings.NewReader(""), r.out, r.out) }()
		t.Cleanup(func() {
			cancel()
			select {
			case err := <-r.done:
				if err != nil {
					t.Errorf("replica %s: run returned %v", r.name, err)
				}
			case <-time.After(15 * time.Second):
				t.Errorf("replica %s did not stop", r.name)
			}
		})
		if err := fs.WaitConnections(waitCtx(t), i+1); err != nil {
			t.Fatalf("replica %s never connected: %v\n%s", r.name, err, r.out.String())
		}
		r.conn = i + 1
		rs = append(rs, r)
	}
	return rs
}

// deliverTwice delivers a mention to replica first and redelivers it to
// replica second (retry_attempt 1, same event_id, new envelope_id), as
// Slack does when the first ack is late, and waits for both acks. With
// concurrent set the two deliveries race.
func deliverTwice(t *testing.T, fs *fakeslack.Server, first, second *replica, q string, concurrent bool) fakeslack.Event {
	t.Helper()
	env, ev := fs.AppMention(fakeslack.Event{Text: "<@" + fs.BotUserID() + "> " + q})
	retry := fs.Retry(env, 1)
	ctx := waitCtx(t)
	errc := make(chan error, 1)
	if concurrent {
		go func() { errc <- fs.SendOn(ctx, second.conn, retry) }()
	}
	if err := fs.SendOn(ctx, first.conn, env); err != nil {
		t.Fatal(err)
	}
	if !concurrent {
		if _, err := fs.WaitAck(ctx, env.EnvelopeID); err != nil {
			t.Fatal(err)
		}
		errc <- fs.SendOn(ctx, second.conn, retry)
	}
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	for _, e := range []struct {
		id string
		r  *replica
	}{{env.EnvelopeID, first}, {retry.EnvelopeID, second}} {
		a, err := fs.WaitAck(ctx, e.id)
		if err != nil {
			t.Fatal(err)
		}
		if a.Conn != e.r.conn {
			t.Errorf("envelope %s acked on connection %d, want replica %s's %d", e.id, a.Conn, e.r.name, e.r.conn)
		}
	}
	return ev
}

// repliesPerThread counts the bot's messages in each thread.
func repliesPerThread(fs *fakeslack.Server) map[string]int {
	n := map[string]int{}
	for _, m := range fs.Messages() {
		n[m.Channel+"/"+m.ThreadTS]++
	}
	return n
}

// TestReplicasShareExactlyOnce runs two replicas against one Slack and one
// real redis-server (REDIS_URL): an event delivered to one replica and
// redelivered to the other is answered exactly once, whichever replica
// sees it first and whether or not the deliveries race. Without REDIS_URL
// each replica remembers only its own deliveries, so the same scenario
// answers twice: that is what Redis is for.
func TestReplicasShareExactlyOnce(t *testing.T) {
	qs := []string{"Who is Sergey Kislyak?", "What did Flores say?", "When did Flynn resign?", "Who is John McCain?"}
	t.Run("redis", func(t *testing.T) {
		addr := redistest.Start(t)
		fs := fakeslack.New(fakeslack.Options{})
		t.Cleanup(fs.Close)
		rs := startReplicas(t, fs, 2, "REDIS_URL", "redis://"+addr+"/0")
		var threads []string
		for i, q := range qs {
			first, second := rs[i%2], rs[(i+1)%2]
			ev := deliverTwice(t, fs, first, second, q, i >= 2)
			threads = append(threads, ev.Channel+"/"+ev.TS)
		}
		if _, err := fs.WaitMessages(waitCtx(t), len(qs)); err != nil {
			t.Fatalf("answers: %v", err)
		}
		// Every delivery handled: each answered or ignored as a duplicate.
		waitOutput(t, handled(rs), "\n", 2*len(qs))
		n := repliesPerThread(fs)
		for i, th := range threads {
			if n[th] != 1 {
				t.Errorf("question %d (%q) answered %d times, want exactly once", i+1, qs[i], n[th])
			}
		}
		for _, r := range rs {
			if !strings.Contains(r.out.String(), "exactly-once check shared through Redis") {
				t.Errorf("replica %s did not log its Redis de-duplication", r.name)
			}
		}
		dups := strings.Count(rs[0].out.String()+rs[1].out.String(), "duplicate delivery ignored")
		t.Logf("%d questions, each delivered to both replicas: %d replies, %d duplicate deliveries ignored", len(qs), len(fs.Messages()), dups)
	})
	t.Run("memory", func(t *testing.T) {
		fs := fakeslack.New(fakeslack.Options{})
		t.Cleanup(fs.Close)
		rs := startReplicas(t, fs, 2)
		ev := deliverTwice(t, fs, rs[0], rs[1], qs[0], false)
		if _, err := fs.WaitMessages(waitCtx(t), 2); err != nil {
			t.Fatalf("want two replies without a shared store: %v (got %d)", err, len(fs.Messages()))
		}
		waitOutput(t, handled(rs), "\n", 2)
		if n := repliesPerThread(fs)[ev.Channel+"/"+ev.TS]; n != 2 {
			t.Errorf("without REDIS_URL: %d replies, want 2 (each replica answers its own delivery)", n)
		}
		t.Logf("without REDIS_URL the redelivered event was answered %d times: %s", len(fs.Messages()), fmt.Sprint(repliesPerThread(fs)))
	})
}

// handled is the replicas' log lines that end a delivery's handling
// (answered, or ignored as a duplicate), one per line, for waitOutput.
type handledLines []*replica

func handled(rs []*replica) handledLines { return rs }

func (h handledLines) String() string {
	var b strings.Builder
	for _, r := range h {
		out := r.out.String()
		n := strings.Count(out, logAnswered) + strings.Count(out, logDuplicate)
		b.WriteString(strings.Repeat("\n", n))
	}
	return b.String()
}
