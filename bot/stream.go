package bot

import (
	"context"
)

// streamer edits a placeholder message with a model's partial answer, at
// most once per updateEvery, until stopped.
type streamer struct {
	b       *Bot
	ctx     context.Context
	cancel  context.CancelFunc
	channel string
	ts      string
	th      *throttle
}

// newStreamer starts editing message ts in channel.
func (b *Bot) newStreamer(ctx context.Context, channel, ts string) *streamer {
	sctx, cancel := context.WithCancel(ctx)
	s := &streamer{b: b, ctx: sctx, cancel: cancel, channel: channel, ts: ts}
	s.th = startThrottle(updateEvery, s.edit)
	return s
}

// progress is the knowledge.Question.Progress callback. It never blocks.
func (s *streamer) progress(partial string) { s.th.progress(partial) }

// edit shows text in the placeholder. One attempt: a lost progress edit is
// replaced by the next one.
func (s *streamer) edit(text string) {
	m := pack(progressParts(text))[0]
	if _, _, _, err := s.b.cfg.Slack.UpdateMessageContext(s.ctx, s.channel, s.ts, msgOptions(m)...); err != nil {
		s.b.log.Debug("progress update failed", "channel", s.channel, "err", err)
	}
}

// stop ends the edits and waits for one in flight, so the final answer is
// always the last edit.
func (s *streamer) stop() {
	s.th.stop()
	s.cancel()
}
