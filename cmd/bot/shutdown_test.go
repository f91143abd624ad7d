package main

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"storybot/internal/fakeopenai"
	"storybot/internal/fakeslack"
)

// verifyingChunks is a model reply made of the article's own first
// sentences of paragraphs 4 and 5, each cited, so that it verifies.
func verifyingChunks(t *testing.T) []string {
	t.Helper()
	a, err := loadArticle(config{})
	if err != nil {
		t.Fatal(err)
	}
	var chunks []string
	for _, p := range a.Paragraphs[3:5] {
		chunks = append(chunks, strings.SplitAfter(p.Sentences[0], " ")...)
		chunks = append(chunks, fmt.Sprintf(" [P%d] ", p.N))
	}
	return chunks
}

// TestBinarySIGTERMAnswerInFlight runs the built program with a slow
// model: SIGTERM arrives while an answer is being written. The answer is
// still delivered (the model's, verified), an envelope sent after
// shutdown began is not acked (Slack will redeliver it to a live
// connection), and the process exits 0 well within the 10 s shutdown
// bound.
func TestBinarySIGTERMAnswerInFlight(t *testing.T) {
	storybotBinary(t) // skips under -short before the fakes start
	fo := fakeopenai.New("sk-test-key")
	defer fo.Close()
	chunks := verifyingChunks(t)
	fo.Respond(func(fakeopenai.Request) fakeopenai.Reply {
		return fakeopenai.Reply{Chunks: chunks, Delay: 1500 * time.Millisecond}
	})
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	r := startBinary(t, fs, environ(t, fs,
		"OPENAI_API_KEY", "sk-test-key", "OPENAI_BASE_URL", fo.URL, "OPENAI_MODEL", "test-model", "OPENAI_TIMEOUT", "10s"))
	out := r.out
	env, ev := fs.AppMention(fakeslack.Event{Text: "<@" + fs.BotUserID() + "> What did Flores maintain?"})
	if err := fs.Send(waitCtx(t), env); err != nil {
		t.Fatal(err)
	}
	// The placeholder is up and the model is still thinking: in flight.
	if _, err := fs.WaitMessages(waitCtx(t), 1); err != nil {
		t.Fatalf("no placeholder: %v\n%s", err, out.String())
	}
	// Acked, though not necessarily seen before the placeholder: slack-go
	// writes acks from its own goroutine (see
	// TestMentionAnsweredInThreadWithCitations).
	if _, err := fs.WaitAck(waitCtx(t), env.EnvelopeID); err != nil {
		t.Fatalf("the mention was not acked: %v", err)
	}
	sigAt := time.Now()
	if err := r.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := waitFor(waitCtx(t), func() bool { return strings.Contains(out.String(), "shutting down") }); err != nil {
		t.Fatalf("no shutdown log line: %v\n%s", err, out.String())
	}
	late, _ := fs.AppMention(fakeslack.Event{Text: "<@" + fs.BotUserID() + "> Who is Flynn?"})
	lctx, lcancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	_ = fs.Send(lctx, late) // the socket may already be closed: fine either way
	lcancel()

	exitErr := r.wait(t)
	took := time.Since(sigAt)
	if exitErr != nil {
		t.Errorf("after SIGTERM: %v, want exit 0\n%s", exitErr, out.String())
	}
	ms := fs.Messages()
	if len(ms) != 1 || ms[0].ThreadTS != ev.TS || !strings.Contains(ms[0].Shown(), "Answered by test-model, checked against the article") {
		t.Errorf("the answer in flight was not delivered as the model's verified answer: %+v", ms)
	}
	if fs.Acked(late.EnvelopeID) {
		t.Errorf("an envelope sent after shutdown began was acked")
	}
	if strings.Contains(out.String(), fs.BotToken()) || strings.Contains(out.String(), "sk-test-key") {
		t.Errorf("a secret appeared in the output")
	}
	t.Logf("SIGTERM to exit 0: %v, with a 1.5 s model answer in flight", took.Round(time.Millisecond))
}

// waitFor polls cond every 10 ms until it holds or ctx ends.
func waitFor(ctx context.Context, cond func() bool) error {
	for !cond() {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
	return nil
}
