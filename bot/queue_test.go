package bot

import (
	"context"
	"sync"
	"testing"
	"time"
)

// queueRun is one replica consuming a RedisQueue in a test.
type queueRun struct {
	q      *RedisQueue
	cancel context.CancelFunc
	done   chan struct{}

	mu  sync.Mutex
	got []got
}

type got struct {
	q       Question
	claimed bool
	at      time.Time
	done    func()
}

// holdingConsumer starts consumer "a", adds q to the stream and waits
// until a holds it.
func holdingConsumer(t *testing.T, url string, idle time.Duration, q Question) *queueRun {
	t.Helper()
	a := consumeQueue(t, url, "a", idle, false)
	if err := a.q.Add(context.Background(), q); err != nil {
		t.Fatal(err)
	}
	if !waitUntil(t, 5*time.Second, func() bool { return len(a.received()) == 1 }) {
		t.Fatal("consumer a never got the question")
	}
	return a
}

// consumeQueue starts consuming a new RedisQueue on url as consumer name;
// finish says whether handled questions are done at once.
func consumeQueue(t *testing.T, url, name string, idle time.Duration, finish bool) *queueRun {
	t.Helper()
	q, err := NewRedisQueue(url, RedisQueueOptions{Consumer: name, ClaimIdle: idle})
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Ping(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &queueRun{q: q, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(r.done)
		_ = q.Consume(ctx, func(qn Question, claimed bool, done func()) {
			r.mu.Lock()
			r.got = append(r.got, got{qn, claimed, time.Now(), done})
			r.mu.Unlock()
			if finish {
				done()
			}
		})
	}()
	t.Cleanup(func() { r.stop(); q.Close() })
	return r
}

func (r *queueRun) stop() {
	r.cancel()
	<-r.done
}

func (r *queueRun) received() []got {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]got(nil), r.got...)
}

func waitUntil(t *testing.T, d time.Duration, cond func() bool) bool {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return cond()
}

// TestRedisQueueClaimsFromDeadConsumer: a question read by a consumer that
// stops (dies) without finishing it is claimed by another after the idle
// time, once, and is gone from the stream once done.
func TestRedisQueueClaimsFromDeadConsumer(t *testing.T) {
	url := "redis://" + startRedis(t) + "/0"
	const idle = 300 * time.Millisecond
	q := Question{Channel: "C1", TS: "1.000001", Text: "who?", Kind: "app_mention"}
	a := holdingConsumer(t, url, idle, q)
	a.stop()    // dies holding it: stops reading,
	a.q.Close() // and touching
	died := time.Now()
	b := consumeQueue(t, url, "b", idle, true)
	if !waitUntil(t, 5*time.Second, func() bool { return len(b.received()) == 1 }) {
		t.Fatal("consumer b never claimed the question")
	}
	g := b.received()[0]
	if !g.claimed || g.q != q {
		t.Errorf("b got %+v claimed=%v, want %+v claimed", g.q, g.claimed, q)
	}
	if wait := g.at.Sub(died); wait > idle+idle/8+500*time.Millisecond {
		t.Errorf("claimed %v after the death, want about %v", wait, idle)
	}
	if !waitUntil(t, 2*time.Second, func() bool { n, err := b.q.Pending(context.Background()); return err == nil && n == 0 }) {
		t.Error("entry still pending after done")
	}
	time.Sleep(3 * idle)
	if n := len(b.received()); n != 1 {
		t.Errorf("b got the question %d times, want once", n)
	}
}

// TestRedisQueueLiveConsumerKeepsItsWork: a consumer that lives but takes
// longer than the idle time keeps its question: its touches stop others
// from claiming it. New questions are shared out, each to one consumer.
func TestRedisQueueLiveConsumerKeepsItsWork(t *testing.T) {
	url := "redis://" + startRedis(t) + "/0"
	const idle = 2 * time.Second // room for a's touches on a loaded machine, as in TestRedisQueueShutdownKeepsItsWork
	a := holdingConsumer(t, url, idle, Question{Channel: "C1", TS: "1.1", Kind: "app_mention"})
	b := consumeQueue(t, url, "b", idle, true)
	time.Sleep(3 * idle)
	if n := len(b.received()); n != 0 {
		t.Errorf("b claimed %d questions a is still working on", n)
	}
	a.received()[0].done()

	for i := range 20 {
		if err := a.q.Add(context.Background(), Question{Channel: "C2", TS: "2." + string(rune('a'+i)), Kind: "message"}); err != nil {
			t.Fatal(err)
		}
	}
	// a does not finish its questions; b does. Each question reaches one.
	if !waitUntil(t, 5*time.Second, func() bool { return len(a.received())-1+len(b.received()) == 20 }) {
		t.Fatalf("questions handed out: a %d, b %d, want 20 in all", len(a.received())-1, len(b.received()))
	}
	for _, g := range a.received()[1:] {
		g.done()
	}
	time.Sleep(3 * idle)
	if n := len(a.received()) - 1 + len(b.received()); n != 20 {
		t.Errorf("%d hand-outs, want 20 (none twice)", n)
	}
}

// TestRedisQueueShutdownKeepsItsWork: a consumer told to stop (SIGTERM)
// still finishes what it holds, and keeps it from others meanwhile.
func TestRedisQueueShutdownKeepsItsWork(t *testing.T) {
	url := "redis://" + startRedis(t) + "/0"
	// Two seconds' idle give a's touches (every third of it) room on a
	// loaded machine: with 200 ms, and once with 1 s at a load average of
	// 9 on two cores, a stalled scheduler let b claim.
	const idle = 2 * time.Second
	a := holdingConsumer(t, url, idle, Question{Channel: "C1", TS: "1.1", Kind: "app_mention"})
	a.stop() // shutting down, still answering
	b := consumeQueue(t, url, "b", idle, true)
	time.Sleep(3 * idle)
	if n := len(b.received()); n != 0 {
		t.Errorf("b claimed %d questions a is finishing", n)
	}
	a.received()[0].done()
	if !waitUntil(t, 2*time.Second, func() bool { n, err := b.q.Pending(context.Background()); return err == nil && n == 0 }) {
		t.Error("entry still pending after done")
	}
}
