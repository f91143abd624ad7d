// Package bot is storybot's thin Slack adapter: it turns socket-mode
// envelopes into questions, asks a knowledge.Answerer, renders Block Kit and
// posts the reply. It holds no retrieval logic.
package bot

import (
	"context"
	"sync"
	"time"
)

// Deduper remembers which events have been handled, so that each is
// answered once even when Slack redelivers it or sends the same message as
// both app_mention and message.
type Deduper interface {
	// FirstSeen marks key as seen for ttl and reports whether it was new.
	// An error means the store could not be asked; callers decide whether to
	// answer anyway.
	FirstSeen(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// MemoryDeduper is an in-process Deduper, right for a single replica.
// The zero value is ready to use.
type MemoryDeduper struct {
	mu    sync.Mutex
	seen  map[string]time.Time // key → expiry
	sweep time.Time            // next time expired keys are dropped
	now   func() time.Time     // for tests; nil means time.Now
}

// FirstSeen implements Deduper. It never fails.
func (d *MemoryDeduper) FirstSeen(_ context.Context, key string, ttl time.Duration) (bool, error) {
	now := time.Now()
	if d.now != nil {
		now = d.now()
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen == nil {
		d.seen = make(map[string]time.Time)
	}
	if now.After(d.sweep) {
		for k, exp := range d.seen {
			if now.After(exp) {
				delete(d.seen, k)
			}
		}
		d.sweep = now.Add(time.Minute)
	}
	if exp, ok := d.seen[key]; ok && !now.After(exp) {
		return false, nil
	}
	d.seen[key] = now.Add(ttl)
	return true, nil
}

// Release implements Releaser: key counts as unseen again. It never fails.
func (d *MemoryDeduper) Release(_ context.Context, key string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.seen, key)
	return nil
}
