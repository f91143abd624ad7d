package bot

import (
	"strings"
	"sync"
	"time"
)

// throttle passes a model's latest partial answer to send at most once per
// interval, from its own goroutine, until stopped. Both ways of streaming
// an answer into Slack use it: editing a placeholder and appending to a
// native stream.
type throttle struct {
	every time.Duration
	send  func(latest string)

	mu     sync.Mutex
	latest string

	kick chan struct{}
	quit chan struct{}
	done chan struct{}
	once sync.Once
}

// startThrottle starts calling send with the latest text given to progress.
func startThrottle(every time.Duration, send func(latest string)) *throttle {
	t := &throttle{every: every, send: send,
		kick: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
	go t.loop()
	return t
}

// progress is the knowledge.Question.Progress callback: partial is the
// answer so far. It never blocks.
func (t *throttle) progress(partial string) {
	t.mu.Lock()
	t.latest = partial
	t.mu.Unlock()
	select {
	case t.kick <- struct{}{}:
	default:
	}
}

// loop sends the latest text after each kick, waiting out the interval
// since the last send.
func (t *throttle) loop() {
	defer close(t.done)
	var last time.Time
	for {
		select {
		case <-t.quit:
			return
		case <-t.kick:
		}
		if wait := t.every - time.Since(last); wait > 0 {
			tm := time.NewTimer(wait)
			select {
			case <-tm.C:
			case <-t.quit:
				tm.Stop()
				return
			}
		}
		t.mu.Lock()
		text := t.latest
		t.mu.Unlock()
		if strings.TrimSpace(text) == "" {
			continue
		}
		t.send(text)
		last = time.Now()
	}
}

// stop ends the sends and waits for one in flight, so that what follows is
// the last word.
func (t *throttle) stop() {
	t.once.Do(func() {
		close(t.quit)
		<-t.done
	})
}
