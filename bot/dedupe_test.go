package bot

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// dedupeClock is a settable clock for MemoryDeduper.now.
type dedupeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *dedupeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *dedupeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestMemoryDeduperTTL(t *testing.T) {
	clock := &dedupeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	d := &MemoryDeduper{now: clock.now}
	ctx := context.Background()
	const ttl = 10 * time.Minute

	steps := []struct {
		advance time.Duration
		key     string
		want    bool
	}{
		{0, "a", true},
		{0, "a", false},
		{0, "b", true},
		{ttl, "a", false}, // exactly at expiry: still seen
		{time.Nanosecond, "a", true},
		{0, "a", false},
		{2 * time.Minute, "b", true}, // b expired; this sweep drops old keys
		{0, "b", false},
	}
	for i, s := range steps {
		clock.advance(s.advance)
		got, err := d.FirstSeen(ctx, s.key, ttl)
		if err != nil {
			t.Fatalf("step %d: FirstSeen(%q): %v", i, s.key, err)
		}
		if got != s.want {
			t.Errorf("step %d (+%v): FirstSeen(%q) = %v, want %v", i, s.advance, s.key, got, s.want)
		}
	}
}

func TestMemoryDeduperSweepsExpiredKeys(t *testing.T) {
	clock := &dedupeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	d := &MemoryDeduper{now: clock.now}
	ctx := context.Background()
	for i := range 1000 {
		d.FirstSeen(ctx, fmt.Sprintf("old%d", i), time.Minute)
	}
	clock.advance(time.Hour)
	d.FirstSeen(ctx, "new", time.Minute)
	d.mu.Lock()
	n := len(d.seen)
	d.mu.Unlock()
	if n != 1 {
		t.Errorf("after every key expired and a sweep ran, %d keys are held, want 1", n)
	}
}

func TestMemoryDeduperZeroValueUsesWallClock(t *testing.T) {
	var d MemoryDeduper
	ctx := context.Background()
	if ok, _ := d.FirstSeen(ctx, "k", time.Hour); !ok {
		t.Error("first FirstSeen = false, want true")
	}
	if ok, _ := d.FirstSeen(ctx, "k", time.Hour); ok {
		t.Error("second FirstSeen = true, want false")
	}
}

func TestMemoryDeduperConcurrentExactlyOnce(t *testing.T) {
	var d MemoryDeduper
	ctx := context.Background()
	const goroutines, keys = 50, 20
	var wins [keys]atomic.Int32
	var wg sync.WaitGroup
	start := make(chan struct{})
	for range goroutines {
		wg.Go(func() {
			<-start
			for k := range keys {
				ok, err := d.FirstSeen(ctx, fmt.Sprintf("key%d", k), time.Minute)
				if err != nil {
					t.Errorf("FirstSeen: %v", err)
				}
				if ok {
					wins[k].Add(1)
				}
			}
		})
	}
	close(start)
	wg.Wait()
	for k := range keys {
		if got := wins[k].Load(); got != 1 {
			t.Errorf("key%d: %d of %d goroutines saw it first, want exactly 1", k, got, goroutines)
		}
	}
}
