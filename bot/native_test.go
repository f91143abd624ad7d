package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"storybot/internal/fakeslack"
	"storybot/knowledge"
)

func TestCheckTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Flores is his spokeswoman (¶4).", "Checking citations against ¶4"},
		{`She said "nothing misleading" (¶5).`, "Checking 1 quotation against ¶5"},
		{`“One” and "two" (¶5, ¶3), again (¶5).`, "Checking 2 quotations against ¶5, ¶3"},
		{"The article doesn't say.", "Checking citations against the article"},
	}
	for _, tt := range tests {
		if got := checkTitle("Checking", tt.text); got != tt.want {
			t.Errorf("checkTitle(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestStreamTextPingsNobody(t *testing.T) {
	got := streamText("Hi <!channel> and <@U123>, @here " + strings.Repeat("x", maxStreamText))
	for _, ping := range []string{"<!channel>", "<@U123>", "@here"} {
		if strings.Contains(got, ping) {
			t.Errorf("streamText kept %q", ping)
		}
	}
	if n := len([]rune(got)); n > maxStreamText+1 {
		t.Errorf("streamText gave %d runes, want at most %d", n, maxStreamText+1)
	}
}

func TestRefused(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want bool
	}{
		{slack.SlackErrorResponse{Err: "unknown_method"}, true},
		{fmt.Errorf("chat.startStream: %w", slack.SlackErrorResponse{Err: "missing_scope"}), true},
		{slack.SlackErrorResponse{Err: "channel_not_found"}, false},
		{errors.New("connection reset"), false},
	} {
		if got := refused(tt.err); got != tt.want {
			t.Errorf("refused(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}

// TestNativeStreamAppendsProgress streams an answer natively: the
// partial answers are appended (each only once, at most every
// appendEvery), the steps shown, and the stop carries the rest.
func TestNativeStreamAppendsProgress(t *testing.T) {
	final := "word0 word1 word2 word3 word4 word5 (¶1)."
	ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		return streamWords(q, final, 6, 60*time.Millisecond), nil
	})
	tb := startTestBot(t, ans, Config{Streaming: true})
	ev := tb.mention(t, "who?")
	m := waitStopped(t, tb.fs)
	if m.ThreadTS != ev.TS || m.Text != final {
		t.Errorf("streamed %q in %q, want %q in the mention's thread", m.Text, m.ThreadTS, final)
	}
	if n := len(tb.fs.Calls("chat.postMessage")) + len(tb.fs.Calls("chat.update")); n != 0 {
		t.Errorf("%d post/update calls beside the stream", n)
	}
	appends := tb.fs.Calls("chat.appendStream")
	if len(appends) == 0 || len(appends) > 3 {
		t.Errorf("%d appends over ~360 ms of progress, want 1–3 (at most one per %v)", len(appends), appendEvery)
	}
	if !strings.Contains(string(m.Blocks), "Answered by test-model") || !strings.Contains(string(m.Blocks), "feedback_buttons") {
		t.Errorf("the stop's blocks lack the context line or feedback: %s", m.Blocks)
	}
}

// TestNativeStreamLongAnswerOverflowsIntoThread: an answer too long for
// one stream chunk ends the stream with its first part; the rest, the
// passages and the feedback follow in the thread, nothing lost.
func TestNativeStreamLongAnswerOverflowsIntoThread(t *testing.T) {
	long := strings.Repeat("A verified sentence of the final answer. ", 300)
	ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		q.Progress("A verified")
		return knowledge.Answer{Text: long, Mode: knowledge.ModeModel, Model: "m"}, nil
	})
	tb := startTestBot(t, ans, Config{Streaming: true})
	ev := tb.mention(t, "long?")
	if err := tb.fs.Wait(ctxT(t), func(st fakeslack.State) bool {
		ts := st.Texts()
		return len(ts) >= 2 && strings.Contains(ts[len(ts)-1], "Answered by m")
	}); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, m := range tb.fs.Messages() {
		if m.ThreadTS != ev.TS {
			t.Errorf("part outside the thread")
		}
		total += strings.Count(m.Text, "A verified sentence")
	}
	if total != 300 {
		t.Errorf("%d of 300 sentences delivered", total)
	}
}

// waitStopped waits for the bot's first message to be a stopped stream.
func waitStopped(t *testing.T, fs *fakeslack.Server) fakeslack.Message {
	t.Helper()
	var m fakeslack.Message
	if err := fs.Wait(ctxT(t), func(st fakeslack.State) bool {
		ms := st.Posted()
		if len(ms) == 0 || ms[0].Stream != "stopped" {
			return false
		}
		m = ms[0]
		return true
	}); err != nil {
		t.Fatalf("no stopped stream: %v (%+v)", err, fs.Messages())
	}
	return m
}
