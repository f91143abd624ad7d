package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"storybot/internal/fakeslack"
	"storybot/knowledge"
)

// answerFunc adapts a function to knowledge.Answerer.
type answerFunc func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error)

func (f answerFunc) Answer(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
	return f(ctx, q)
}

// testBot is a Bot on the real slack-go socket-mode client, against a
// loopback Slack.
type testBot struct {
	fs     *fakeslack.Server
	bot    *Bot
	cancel context.CancelFunc
	done   chan error
}

func startTestBot(t *testing.T, ans knowledge.Answerer, cfg Config) *testBot {
	t.Helper()
	return startTestBotOn(t, fakeslack.Options{}, ans, cfg)
}

// startTestBotOn is startTestBot against a loopback Slack with opts.
func startTestBotOn(t *testing.T, opts fakeslack.Options, ans knowledge.Answerer, cfg Config) *testBot {
	t.Helper()
	fs := fakeslack.New(opts)
	api := slack.New(fs.BotToken(), slack.OptionAppLevelToken(fs.AppToken()), slack.OptionAPIURL(fs.URL()))
	client := socketmode.New(api)
	cfg.Answerer, cfg.Slack, cfg.BotUserID = ans, api, fs.BotUserID()
	b, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	tb := &testBot{fs: fs, bot: b, cancel: cancel, done: make(chan error, 1)}
	clientDone := make(chan struct{})
	go func() { defer close(clientDone); _ = client.RunContext(ctx) }()
	go func() { tb.done <- b.Run(ctx, client.Events, client) }()
	t.Cleanup(func() {
		cancel()
		if returned, err := tb.waitRun(15 * time.Second); !returned {
			t.Error("Run did not return")
		} else if err != nil {
			t.Errorf("Run: %v", err)
		}
		// The client's goroutines end before the next test, so that
		// goleak in TestMain never waits on a slow one.
		select {
		case <-clientDone:
		case <-time.After(15 * time.Second):
			t.Error("the socket-mode client did not stop")
		}
		fs.Close()
	})
	if err := fs.WaitConnections(ctxT(t), 1); err != nil {
		t.Fatal(err)
	}
	return tb
}

// waitRun waits up to d for Run to return, and returns its error. Run's
// result stays available to later calls.
func (tb *testBot) waitRun(d time.Duration) (returned bool, err error) {
	select {
	case err := <-tb.done:
		tb.done <- err
		return true, err
	case <-time.After(d):
		return false, nil
	}
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func (tb *testBot) send(t *testing.T, env fakeslack.Envelope) fakeslack.Ack {
	t.Helper()
	a, err := tb.fs.Deliver(ctxT(t), env)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func (tb *testBot) mention(t *testing.T, text string) fakeslack.Event {
	t.Helper()
	env, ev := tb.fs.AppMention(fakeslack.Event{Text: "<@" + tb.fs.BotUserID() + "> " + text})
	tb.send(t, env)
	return ev
}

func sectionTexts(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	var blocks []struct {
		Type string `json:"type"`
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
		Elements []struct {
			Text any `json:"text"` // a string in context blocks; an object on buttons
		} `json:"elements"`
	}
	if err := json.Unmarshal(raw, &blocks); err != nil {
		t.Fatalf("blocks %s: %v", raw, err)
	}
	var out []string
	for _, b := range blocks {
		if b.Text != nil {
			out = append(out, b.Text.Text)
		}
		for _, e := range b.Elements {
			if str, ok := e.Text.(string); ok {
				out = append(out, str)
			}
		}
	}
	return out
}

func unescape(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "\u2060", "").Replace(s)
}

func TestLongAnswerSplitCleanly(t *testing.T) {
	var sentences []string
	for i := range 300 {
		sentences = append(sentences, fmt.Sprintf("Sentence number %d of a long answer says something & more.", i))
	}
	long := strings.Join(sentences, " ")
	cites := []knowledge.Citation{
		{ID: "P2", Paragraph: 2, Text: strings.Repeat("A long cited paragraph. ", 100)},
		{ID: "P5", Paragraph: 5, Text: "A short one."},
	}
	ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		return knowledge.Answer{Question: q.Text, Text: long, Found: true, Mode: knowledge.ModeLookup, Citations: cites}, nil
	})
	tb := startTestBot(t, ans, Config{})
	ev := tb.mention(t, "tell me everything")
	// Wait until the context line (the last part) has arrived.
	if err := tb.fs.Wait(ctxT(t), func(st fakeslack.State) bool {
		ts := st.Texts()
		return len(ts) >= 2 && strings.Contains(ts[len(ts)-1], "Answered by")
	}); err != nil {
		t.Fatalf("the context line never came: %v", err)
	}
	ms := tb.fs.Messages()
	if len(ms) < 4 {
		t.Fatalf("a %d-character answer came in %d messages", len(long), len(ms))
	}
	var all strings.Builder
	for i, m := range ms {
		if m.ThreadTS != ev.TS {
			t.Errorf("part %d not in the thread", i+1)
		}
		if n := utf8.RuneCountInString(m.Text); n > 4000 {
			t.Errorf("part %d text is %d characters", i+1, n)
		}
		secs := sectionTexts(t, m.Blocks)
		if len(secs) > 50 {
			t.Errorf("part %d has %d blocks", i+1, len(secs))
		}
		for _, s := range secs {
			if utf8.RuneCountInString(s) > 3000 {
				t.Errorf("part %d has a %d-character section", i+1, utf8.RuneCountInString(s))
			}
			if strings.Contains(s, "Sentence number") && !strings.HasSuffix(s, "more.") {
				t.Errorf("section split mid-sentence: ...%q", s[max(0, len(s)-40):])
			}
		}
		if i < len(ms)-1 && strings.Contains(m.Text, "Answered by") {
			t.Errorf("context line in part %d of %d", i+1, len(ms))
		}
		all.WriteString(unescape(m.Text) + " ")
	}
	joined := strings.Join(strings.Fields(all.String()), " ")
	if !strings.Contains(joined, long) {
		t.Errorf("the answer's words are not all there, in order")
	}
	if !strings.Contains(joined, "¶2") || !strings.Contains(joined, "¶5") {
		t.Errorf("citations missing")
	}
}

var livePing = regexp.MustCompile(`<!(channel|here|everyone)|<@U|<!subteam\^|(?i)@(channel|here|everyone)\b`)

func TestEchoedQuestionNeverPings(t *testing.T) {
	// A model may repeat the question; nothing in it may ping.
	echo := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		return knowledge.Answer{Question: q.Text, Text: "You asked: " + q.Text + " <!here> @everyone", Mode: knowledge.ModeModel, Model: "test-model"}, nil
	})
	tb := startTestBot(t, echo, Config{})
	tb.mention(t, "<!channel> <!here|here> <!everyone> <@U0ALICE> <@U0BOB|bob> <!subteam^S0TEAM|@team> who is Flores?")
	ms, err := tb.fs.WaitMessages(ctxT(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{ms[0].Text, string(ms[0].Blocks)} {
		if livePing.MatchString(s) {
			t.Errorf("live ping in reply: %s", s)
		}
	}
	if !strings.Contains(unescape(ms[0].Text), "who is Flores?") {
		t.Errorf("the echoed question is gone: %s", ms[0].Text)
	}
	if !strings.Contains(ms[0].Text, "Answered by test-model, checked against the article") {
		t.Errorf("model context line missing: %s", ms[0].Text)
	}
}

func TestStreamingUpdatesPlaceholder(t *testing.T) {
	final := "The final, verified answer."
	var mu sync.Mutex
	var began time.Time // the first partial answer
	ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		if q.Progress == nil {
			return knowledge.Answer{}, errors.New("no Progress callback while streaming")
		}
		mu.Lock()
		began = time.Now()
		mu.Unlock()
		return streamWords(q, final, 8, 250*time.Millisecond), nil
	})
	// A workspace without native streaming: post and update.
	tb := startTestBotOn(t, fakeslack.Options{RefuseStreaming: "unknown_method"}, ans, Config{Streaming: true})
	ev := tb.mention(t, "who?")
	if err := tb.fs.Wait(ctxT(t), func(st fakeslack.State) bool { return st.Calls("chat.update") >= 1 }); err != nil {
		t.Fatal(err)
	}
	ms, _ := tb.fs.WaitMessages(ctxT(t), 1)
	if ms[0].ThreadTS != ev.TS || !strings.Contains(ms[0].Updates[0], "reading the article") {
		t.Errorf("placeholder not posted in the thread first: %+v", ms[0])
	}
	// The final edit carries the verified answer.
	if err := tb.fs.Wait(ctxT(t), func(st fakeslack.State) bool { return finalIn(st.Texts(), final) }); err != nil {
		t.Fatalf("final answer never replaced the placeholder: %v", err)
	}
	ms = tb.fs.Messages()
	if len(ms) != 1 {
		t.Errorf("%d messages, want the placeholder edited in place", len(ms))
	}
	m := ms[0]
	if !strings.Contains(m.Text, "¶1") || !strings.Contains(m.Text, "Answered by test-model") {
		t.Errorf("final message lacks citations or context: %s", m.Text)
	}
	// Edits are at least a second apart, so over the streaming as this
	// test saw it (2 s of sleeps, longer on a loaded machine) there are at
	// most one a second, plus the first.
	mu.Lock()
	streamed := time.Since(began)
	mu.Unlock()
	ups := tb.fs.Calls("chat.update")
	progress := len(ups) - 1
	if most := int(streamed/time.Second) + 1; progress < 1 || progress > most {
		t.Errorf("%d progress edits over %v of streaming, want 1–%d (at most one a second)", progress, streamed, most)
	}
	for i := 1; i < len(ups)-1; i++ {
		if gap := ups[i].At.Sub(ups[i-1].At); gap < 900*time.Millisecond {
			t.Errorf("progress edits %v apart", gap)
		}
	}
	if !strings.Contains(m.Updates[len(m.Updates)-1], "word") {
		t.Errorf("last progress edit did not show the partial answer: %q", m.Updates)
	}
}

func finalIn(texts []string, final string) bool {
	for _, t := range texts {
		if strings.Contains(t, final) {
			return true
		}
	}
	return false
}

func TestSlashOverLimitGoesToResponseURL(t *testing.T) {
	a := &knowledge.Article{Title: "T", Paragraphs: []knowledge.Paragraph{{N: 1, Text: "x"}}}
	for i := range 120 {
		a.Events = append(a.Events, knowledge.Event{When: fmt.Sprintf("Day %d", i), Text: strings.Repeat("event text ", 25),
			Citations: []knowledge.Citation{{ID: "P1", Paragraph: 1}}})
	}
	tb := startTestBot(t, answerFunc(func(context.Context, knowledge.Question) (knowledge.Answer, error) {
		return knowledge.Answer{}, nil
	}), Config{Article: a})
	ack := tb.send(t, tb.fs.SlashCommand(fakeslack.SlashCommand{Command: "/timeline"}))
	if len(ack.Payload) >= 19<<10 {
		t.Errorf("ack payload of %d bytes", len(ack.Payload))
	}
	rs, err := tb.fs.WaitResponses(ctxT(t), 2)
	if err != nil {
		t.Fatal(err)
	}
	var all string
	for _, r := range rs {
		var m struct {
			ResponseType string `json:"response_type"`
		}
		_ = json.Unmarshal(r.Body, &m)
		if m.ResponseType != "ephemeral" {
			t.Errorf("response_type %q, want ephemeral", m.ResponseType)
		}
		all += r.Text
	}
	for _, e := range a.Events[:5] {
		if !strings.Contains(all, e.When+":") {
			t.Errorf("event %q missing", e.When)
		}
	}
}

func TestSlowSlashAckedThenAnswered(t *testing.T) {
	release := make(chan struct{})
	ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		<-release
		return knowledge.Answer{Question: q.Text, Text: "Slow but sure.", Mode: knowledge.ModeLookup}, nil
	})
	tb := startTestBot(t, ans, Config{SlashBudget: 100 * time.Millisecond})
	ack := tb.send(t, tb.fs.SlashCommand(fakeslack.SlashCommand{Command: "/ask", Text: "anything?"}))
	if !strings.Contains(string(ack.Payload), "reading the article") {
		t.Errorf("slow /ask acked with %s, want a notice", ack.Payload)
	}
	close(release)
	rs, err := tb.fs.WaitResponses(ctxT(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(rs[0].Text, "Slow but sure.") {
		t.Errorf("response_url got %q", rs[0].Text)
	}
}

// failingDeduper fails, to show that a store outage does not silence the bot.
type failingDeduper struct{}

func (failingDeduper) FirstSeen(context.Context, string, time.Duration) (bool, error) {
	return false, errors.New("store down")
}

func TestDeduperOutageStillAnswers(t *testing.T) {
	tb := startTestBot(t, answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		return knowledge.Answer{Text: "ok"}, nil
	}), Config{Deduper: failingDeduper{}})
	tb.mention(t, "who?")
	if _, err := tb.fs.WaitMessages(ctxT(t), 1); err != nil {
		t.Fatal(err)
	}
}

func TestSlowAnswerNeverBlocksAcks(t *testing.T) {
	release := make(chan struct{})
	var mu sync.Mutex
	started := 0
	ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		mu.Lock()
		started++
		mu.Unlock()
		select {
		case <-release:
		case <-ctx.Done():
		}
		return knowledge.Answer{Text: "done"}, nil
	})
	tb := startTestBot(t, ans, Config{Workers: 2})
	for range 20 { // far more than workers: all are acked while none can answer
		tb.mention(t, "slow?")
	}
	close(release)
	if _, err := tb.fs.WaitMessages(ctxT(t), 20); err != nil {
		t.Fatal(err)
	}
}

func TestShutdownFinishesInFlight(t *testing.T) {
	release := make(chan struct{})
	ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		<-release
		return knowledge.Answer{Text: "finished after shutdown began"}, nil
	})
	tb := startTestBot(t, ans, Config{}) // the default 10 s to finish answers
	tb.mention(t, "q")
	tb.cancel()
	if returned, _ := tb.waitRun(200 * time.Millisecond); returned {
		t.Fatal("Run returned while an answer was in flight")
	}
	close(release)
	if returned, err := tb.waitRun(15 * time.Second); !returned {
		t.Fatal("Run did not return")
	} else if err != nil {
		t.Fatal(err)
	}
	if ms := tb.fs.Messages(); len(ms) != 1 || !strings.Contains(ms[0].Text, "finished") {
		t.Errorf("in-flight answer not delivered: %+v", ms)
	}
}

func TestShutdownDeadline(t *testing.T) {
	ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		<-ctx.Done() // never finishes on its own
		return knowledge.Answer{}, ctx.Err()
	})
	tb := startTestBot(t, ans, Config{ShutdownTimeout: 300 * time.Millisecond})
	tb.mention(t, "q")
	tb.cancel()
	if returned, err := tb.waitRun(5 * time.Second); !returned {
		t.Fatal("Run ignored its shutdown deadline")
	} else if err != nil {
		t.Fatal(err)
	}
}

func TestNewNeedsAnswererAndSlack(t *testing.T) {
	if _, err := New(Config{}); err == nil {
		t.Error("New(Config{}) succeeded")
	}
}

// recordingAcker records acks, for tests that feed Run their own events.
type recordingAcker struct {
	mu  sync.Mutex
	ids []string
}

func (r *recordingAcker) AckCtx(ctx context.Context, id string, payload any) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ids = append(r.ids, id)
	return nil
}

func (r *recordingAcker) acked() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.ids...)
}

// mentionEvent builds a socket-mode event as slack-go delivers it.
func mentionEvent(id, ts string) socketmode.Event {
	return socketmode.Event{
		Type: socketmode.EventTypeEventsAPI,
		Data: slackevents.EventsAPIEvent{
			Type: slackevents.CallbackEvent,
			InnerEvent: slackevents.EventsAPIInnerEvent{
				Type: "app_mention",
				Data: &slackevents.AppMentionEvent{Type: "app_mention", User: "U1", Channel: "C1", TimeStamp: ts, Text: "<@UBOT> q"},
			},
		},
		Request: &socketmode.Request{Type: "events_api", EnvelopeID: id},
	}
}

func TestEnvelopesAfterShutdownNotAcked(t *testing.T) {
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	api := slack.New(fs.BotToken(), slack.OptionAPIURL(fs.URL()))
	release := make(chan struct{})
	ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		<-release
		return knowledge.Answer{Text: "done"}, nil
	})
	b, _ := New(Config{Answerer: ans, Slack: api, BotUserID: "UBOT"})
	events := make(chan socketmode.Event, 10)
	acker := &recordingAcker{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx, events, acker) }()
	events <- mentionEvent("before", "1.1")
	for len(acker.acked()) == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	events <- mentionEvent("after-1", "1.2")
	events <- mentionEvent("after-2", "1.3")
	time.Sleep(100 * time.Millisecond)
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := acker.acked(); len(got) != 1 || got[0] != "before" {
		t.Errorf("acked %v, want only the envelope from before shutdown", got)
	}
	if ms := fs.Messages(); len(ms) != 1 {
		t.Errorf("%d replies, want 1 (the answer in flight)", len(ms))
	}
}

func TestStreamingLongAnswerOverflowsIntoThread(t *testing.T) {
	long := strings.Repeat("A verified sentence of the final answer. ", 300)
	ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		q.Progress("A verified")
		return knowledge.Answer{Text: long, Mode: knowledge.ModeModel, Model: "m"}, nil
	})
	tb := startTestBotOn(t, fakeslack.Options{RefuseStreaming: "unknown_method"}, ans, Config{Streaming: true})
	ev := tb.mention(t, "long?")
	if err := tb.fs.Wait(ctxT(t), func(st fakeslack.State) bool {
		ts := st.Texts()
		return len(ts) >= 2 && strings.Contains(ts[len(ts)-1], "Answered by m")
	}); err != nil {
		t.Fatal(err)
	}
	ms := tb.fs.Messages()
	if !strings.Contains(ms[0].Updates[0], "reading the article") || !strings.HasPrefix(ms[0].Text, "A verified sentence") {
		t.Errorf("first part should replace the placeholder: %q → %.60q", ms[0].Updates, ms[0].Text)
	}
	total := 0
	for _, m := range ms {
		if m.ThreadTS != ev.TS {
			t.Errorf("part outside the thread")
		}
		total += strings.Count(m.Text, "A verified sentence")
	}
	if total != 300 {
		t.Errorf("%d of 300 sentences delivered", total)
	}
}

// streamWords plays a model that streams n words to q.Progress, gap apart,
// then answers final citing ¶1.
func streamWords(q knowledge.Question, final string, n int, gap time.Duration) knowledge.Answer {
	partial := ""
	for i := range n {
		partial += fmt.Sprintf("word%d ", i)
		q.Progress(partial)
		time.Sleep(gap)
	}
	return knowledge.Answer{Question: q.Text, Text: final, Found: true, Mode: knowledge.ModeModel, Model: "test-model",
		Citations: []knowledge.Citation{{ID: "P1", Paragraph: 1, Text: "Paragraph one."}}}
}
