package bot

import (
	"context"
	"errors"
	"io"
	"net/url"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

// TestClassify: which Web API failures are retried, and how.
func TestClassify(t *testing.T) {
	done, cancel := context.WithCancel(context.Background())
	cancel()
	cases := []struct {
		name string
		ctx  context.Context
		err  error
		want failure
	}{
		{"429", context.Background(), &slack.RateLimitedError{RetryAfter: time.Second}, rateLimited},
		{"500", context.Background(), slack.StatusCodeError{Code: 500, Status: "500"}, transient},
		{"503", context.Background(), slack.StatusCodeError{Code: 503, Status: "503"}, transient},
		{"404", context.Background(), slack.StatusCodeError{Code: 404, Status: "404"}, permanent},
		{"internal_error", context.Background(), slack.SlackErrorResponse{Err: "internal_error"}, transient},
		{"request_timeout", context.Background(), slack.SlackErrorResponse{Err: "request_timeout"}, transient},
		{"channel_not_found", context.Background(), slack.SlackErrorResponse{Err: "channel_not_found"}, permanent},
		{"token_revoked", context.Background(), slack.SlackErrorResponse{Err: "token_revoked"}, permanent},
		{"connection cut", context.Background(), &url.Error{Op: "Post", URL: "http://x", Err: io.EOF}, transient},
		{"timeout", context.Background(), errors.New("context deadline exceeded (Client.Timeout exceeded while awaiting headers)"), transient},
		{"shutting down", done, &url.Error{Op: "Post", URL: "http://x", Err: context.Canceled}, permanent},
	}
	for _, c := range cases {
		if got := classify(c.ctx, c.err); got != c.want {
			t.Errorf("%s: classify = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestBackoff: exponential from RetryBase, capped at RetryMax, jittered
// between half and all of it.
func TestBackoff(t *testing.T) {
	b, err := New(Config{Answerer: answerFunc(nil), Slack: &slack.Client{}, RetryBase: 100 * time.Millisecond, RetryMax: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	for attempt, full := range map[int]time.Duration{2: 100 * time.Millisecond, 3: 200 * time.Millisecond, 4: 400 * time.Millisecond, 5: 800 * time.Millisecond, 6: time.Second, 40: time.Second} {
		for range 50 {
			if d := b.backoff(attempt); d < full/2 || d > full {
				t.Errorf("backoff(%d) = %v, want between %v and %v", attempt, d, full/2, full)
			}
		}
	}
}

// TestAnswerTagMatches: a message is the bot's answer part only when its
// metadata names the same question and part.
func TestAnswerTagMatches(t *testing.T) {
	tag := answerTag{channel: "C1", ts: "1.000002", part: 2, final: true}
	msg := func(md slack.SlackMetadata) slack.Message {
		var m slack.Message
		m.Metadata = md
		return m
	}
	payload := func(ch, ts string, part float64, final bool) map[string]any {
		return map[string]any{"question_channel": ch, "question_ts": ts, "part": part, "final": final}
	}
	cases := []struct {
		name      string
		m         slack.Message
		ok, final bool
	}{
		{"same", msg(slack.SlackMetadata{EventType: MetadataEventType, EventPayload: payload("C1", "1.000002", 2, true)}), true, true},
		{"placeholder", msg(slack.SlackMetadata{EventType: MetadataEventType, EventPayload: payload("C1", "1.000002", 2, false)}), true, false},
		{"other part", msg(slack.SlackMetadata{EventType: MetadataEventType, EventPayload: payload("C1", "1.000002", 1, true)}), false, false},
		{"other question", msg(slack.SlackMetadata{EventType: MetadataEventType, EventPayload: payload("C1", "1.000003", 2, true)}), false, false},
		{"other event type", msg(slack.SlackMetadata{EventType: "other", EventPayload: payload("C1", "1.000002", 2, true)}), false, false},
		{"none", slack.Message{}, false, false},
	}
	for _, c := range cases {
		if ok, final := tag.matches(c.m); ok != c.ok || final != c.final {
			t.Errorf("%s: matches = %v, %v; want %v, %v", c.name, ok, final, c.ok, c.final)
		}
	}
}
