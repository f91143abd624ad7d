package bot

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/slack-go/slack"
)

// MetadataEventType marks the bot's answers in Slack's message metadata,
// whose payload names the question answered (question_channel,
// question_ts), the part of the answer (part, from 1) and whether it is
// the final text or a streaming placeholder (final). Reading a thread with
// include_all_metadata shows which parts of an answer Slack already has.
const MetadataEventType = "storybot_answer"

// Defaults for the back-off between attempts of a failed Web API call.
const (
	DefaultRetryBase = 250 * time.Millisecond
	DefaultRetryMax  = 5 * time.Second
)

// answerTag names the question a message answers and which part it is.
type answerTag struct {
	channel, ts string // the question's
	part        int    // from 1
	final       bool   // false for a streaming placeholder
}

func (t answerTag) metadata() slack.SlackMetadata {
	return slack.SlackMetadata{EventType: MetadataEventType, EventPayload: map[string]any{
		"question_channel": t.channel, "question_ts": t.ts, "part": t.part, "final": t.final,
	}}
}

// matches reports whether m carries a tag for the same question and part;
// final reports the tag's final flag.
func (t answerTag) matches(m slack.Message) (ok, final bool) {
	md := m.Metadata
	if md.EventType != MetadataEventType {
		return false, false
	}
	p := md.EventPayload
	part, _ := p["part"].(float64) // JSON numbers
	if p["question_channel"] != t.channel || p["question_ts"] != t.ts || int(part) != t.part {
		return false, false
	}
	f, _ := p["final"].(bool)
	return true, f
}

// failure is how a failed Web API call may be retried.
type failure int

const (
	permanent   failure = iota // Slack refused it: retrying cannot help
	rateLimited                // HTTP 429: not acted on; retry after Retry-After
	transient                  // 5xx, timeout, broken connection: Slack may or may not have acted
)

// transientCodes are Slack error codes for failures on Slack's side;
// request_timeout documents that the message may have been posted.
var transientCodes = map[string]bool{
	"internal_error": true, "fatal_error": true, "service_unavailable": true, "request_timeout": true,
}

// classify says whether err, from a Web API call, may be retried.
func classify(ctx context.Context, err error) failure {
	var (
		rl     *slack.RateLimitedError
		apiErr slack.SlackErrorResponse
		status slack.StatusCodeError
	)
	switch {
	case ctx.Err() != nil:
		return permanent // shutting down, or out of time
	case errors.As(err, &rl):
		return rateLimited
	case errors.As(err, &apiErr):
		if transientCodes[apiErr.Err] {
			return transient
		}
		return permanent
	case errors.As(err, &status):
		if status.Code >= http.StatusInternalServerError {
			return transient
		}
		return permanent
	}
	// Timeouts, refused or reset connections, a response cut short: Slack
	// did not clearly refuse.
	return transient
}

// backoff is how long to wait before attempt (2, 3, …): exponential from
// Config.RetryBase, capped at Config.RetryMax, with jitter (half to all of
// it) so that replicas retrying together spread out.
func (b *Bot) backoff(attempt int) time.Duration {
	d := b.cfg.RetryBase << min(attempt-2, 16)
	if d <= 0 || d > b.cfg.RetryMax {
		d = b.cfg.RetryMax
	}
	return d/2 + rand.N(d/2+1)
}

// sleep waits d or until ctx ends, reporting whether d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// retry calls f until it succeeds, fails permanently, or MaxAttempts calls
// were made: after a 429 it waits Retry-After, after a transient failure
// (5xx, timeout, broken connection) an exponential back-off with jitter.
// Use it for calls that are safe to repeat (reads, updates, views); a post
// goes through deliver, which first checks whether Slack has it.
func (b *Bot) retry(ctx context.Context, method string, f func() error) error {
	return b.attempts(ctx, method, func(int) error { return f() })
}

// attempts is retry with the attempt number (from 1) passed to f.
func (b *Bot) attempts(ctx context.Context, method string, f func(attempt int) error) error {
	for attempt := 1; ; attempt++ {
		err := f(attempt)
		if err == nil {
			return nil
		}
		var rl *slack.RateLimitedError
		b.cfg.Observer.SlackError(method, errors.As(err, &rl))
		b.tokenError(method, err)
		kind := classify(ctx, err)
		if kind == permanent || attempt >= b.cfg.MaxAttempts {
			return fmt.Errorf("%s: %w", method, err)
		}
		wait := b.backoff(attempt + 1)
		if kind == rateLimited {
			wait = max(rl.RetryAfter, 100*time.Millisecond)
		}
		b.log.Warn("Slack call failed; retrying", "method", method, "err", err, "attempt", attempt, "wait", wait)
		b.delivery().Retried(method)
		if !sleep(ctx, wait) {
			return fmt.Errorf("%s: %w", method, ctx.Err())
		}
	}
}

// deliver posts m with chat.postMessage in thread as the part of an
// answer tag names, and returns its ts. A 429 or transient failure is
// retried (see retry); after a failure that leaves unclear whether Slack
// posted, and before the first attempt when check is set (a question
// another replica may have answered), it reads the thread with its
// metadata and posts only if the part is not there, so the part appears
// once. A placeholder found where a final part is due is replaced.
func (b *Bot) deliver(ctx context.Context, channel, thread string, tag answerTag, m message, check bool) (string, error) {
	opts := append(msgOptions(m), slack.MsgOptionMetadata(tag.metadata()))
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	var ts string
	err := b.attempts(ctx, "chat.postMessage", func(attempt int) error {
		if check {
			found, final, err := b.findPart(ctx, channel, thread, tag)
			if err != nil && classify(ctx, err) != permanent {
				return err
			}
			if err != nil {
				// No history scope, say: better twice than never.
				b.log.Warn("cannot read the thread to check for the answer; posting it", "channel", channel, "thread_ts", thread, "err", err)
			}
			if attempt > 1 || found != "" {
				b.delivery().AmbiguousResolved(found != "")
			}
			if found != "" {
				b.log.Info("answer already in the thread; not posting it again", "channel", channel, "thread_ts", thread, "part", tag.part, "final", final)
				ts = found
				if tag.final && !final {
					return b.update(ctx, channel, found, tag, m)
				}
				return nil
			}
		}
		var err error
		_, ts, err = b.cfg.Slack.PostMessageContext(ctx, channel, opts...)
		if err != nil && classify(ctx, err) == transient {
			check = true // Slack may have posted it
		}
		return err
	})
	return ts, err
}

// historyReader is what finding a top-level answer (in a direct message)
// needs of Slack. *slack.Client has it.
type historyReader interface {
	GetConversationHistoryContext(ctx context.Context, params *slack.GetConversationHistoryParameters) (*slack.GetConversationHistoryResponse, error)
}

// historyLimit bounds the messages read after a question to find its
// top-level answer: the answer follows the question closely.
const historyLimit = 100

// findPart reads thread (or, when thread is "", the channel's messages
// after the question) and returns the ts of the bot's message tagged like
// tag, if any, and whether it is final.
func (b *Bot) findPart(ctx context.Context, channel, thread string, tag answerTag) (ts string, final bool, err error) {
	var msgs []slack.Message
	if thread == "" {
		h, ok := b.cfg.Slack.(historyReader)
		if !ok {
			return "", false, nil // cannot tell: post
		}
		err = b.retry(ctx, "conversations.history", func() error {
			resp, err := h.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
				ChannelID: channel, Oldest: tag.ts, Limit: historyLimit, IncludeAllMetadata: true,
			})
			if err == nil {
				msgs = resp.Messages
			}
			return err
		})
	} else {
		surf, ok := b.surfaces()
		if !ok {
			return "", false, nil // cannot tell: post
		}
		msgs, err = b.threadMessages(ctx, surf, channel, thread, func([]slack.Message) bool { return true })
	}
	if err != nil {
		return "", false, err
	}
	for _, msg := range msgs {
		if ok, f := tag.matches(msg); ok {
			return msg.Timestamp, f, nil
		}
	}
	return "", false, nil
}

// update replaces message ts with m, tagged, via chat.update; it is safe
// to repeat, so every transient failure is retried.
func (b *Bot) update(ctx context.Context, channel, ts string, tag answerTag, m message) error {
	opts := append(msgOptions(m), slack.MsgOptionMetadata(tag.metadata()))
	return b.retry(ctx, "chat.update", func() error {
		_, _, _, err := b.cfg.Slack.UpdateMessageContext(ctx, channel, ts, opts...)
		return err
	})
}

// postAll posts msgs, the parts of the answer to in, in thread (or at top
// level when thread is ""), each exactly once (see deliver). When
// replaceTS is set, the first part replaces that message instead. It
// stops at the first part that cannot be posted and returns its error.
func (b *Bot) postAll(ctx context.Context, in incoming, thread, replaceTS string, msgs []message) error {
	for i, m := range msgs {
		tag := answerTag{channel: in.channel, ts: in.ts, part: i + 1, final: true}
		var err error
		if i == 0 && replaceTS != "" {
			err = b.update(ctx, in.channel, replaceTS, tag, m)
		} else {
			_, err = b.deliver(ctx, in.channel, thread, tag, m, in.recheck)
		}
		if err != nil {
			return fmt.Errorf("part %d of %d: %w", i+1, len(msgs), err)
		}
	}
	return nil
}

// Releaser is a Deduper that can forget a key, so that a question whose
// answer could not be posted at all may be answered when it comes again.
// MemoryDeduper and RedisDeduper are Releasers.
type Releaser interface {
	Release(ctx context.Context, key string) error
}

// answerLost records that no answer to in could be posted: it is logged
// and counted, and its exactly-once key released.
func (b *Bot) answerLost(ctx context.Context, in incoming, key string, err error) {
	b.log.Error("answer lost: posting failed after every attempt", "channel", in.channel, "ts", in.ts, "kind", in.kind, "err", err)
	b.delivery().AnswerLost()
	if r, ok := b.cfg.Deduper.(Releaser); ok && key != "" {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		if err := r.Release(rctx, key); err != nil {
			b.log.Warn("could not release the exactly-once key", "key", key, "err", err)
		}
	}
}
