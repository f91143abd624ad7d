package bot

import (
	"context"
	"strings"
	"sync"
	"time"
)

// streamer edits a placeholder message with a model's partial answer, at
// most once per updateEvery, until stopped.
type streamer struct {
	b       *Bot
	ctx     context.Context
	cancel  context.CancelFunc
	channel string
	ts      string

	mu     sync.Mutex
	latest string

	kick chan struct{}
	quit chan struct{}
	done chan struct{}
	once sync.Once
}

// newStreamer starts editing message ts in channel.
func (b *Bot) newStreamer(ctx context.Context, channel, ts string) *streamer {
	sctx, cancel := context.WithCancel(ctx)
	s := &streamer{
		b: b, ctx: sctx, cancel: cancel, channel: channel, ts: ts,
		kick: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{}),
	}
	go s.loop()
	return s
}

// progress is the knowledge.Question.Progress callback. It never blocks.
func (s *streamer) progress(partial string) {
	s.mu.Lock()
	s.latest = partial
	s.mu.Unlock()
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

func (s *streamer) loop() {
	defer close(s.done)
	var last time.Time
	for {
		select {
		case <-s.quit:
			return
		case <-s.kick:
		}
		if wait := updateEvery - time.Since(last); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-t.C:
			case <-s.quit:
				t.Stop()
				return
			}
		}
		s.mu.Lock()
		text := s.latest
		s.mu.Unlock()
		if strings.TrimSpace(text) == "" {
			continue
		}
		// One attempt: a lost progress edit is replaced by the next one.
		m := pack(progressParts(text))[0]
		if _, _, _, err := s.b.cfg.Slack.UpdateMessageContext(s.ctx, s.channel, s.ts, msgOptions(m)...); err != nil {
			s.b.log.Debug("progress update failed", "channel", s.channel, "err", err)
		}
		last = time.Now()
	}
}

// stop ends the edits and waits for one in flight, so the final answer is
// always the last edit.
func (s *streamer) stop() {
	s.once.Do(func() {
		close(s.quit)
		<-s.done
		s.cancel()
	})
}
