package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	"storybot/internal/fakeopenai"
	"storybot/internal/fakeslack"
	"storybot/knowledge"
	"storybot/knowledge/lookup"
)

const fakeKey = "sk-cmd-test-secret"

func testArticle(t *testing.T) *knowledge.Article {
	t.Helper()
	a, err := knowledge.Default(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestNewAnswererWithoutKey(t *testing.T) {
	var logBuf bytes.Buffer
	cfg := config{OpenAIModel: defaultOpenAIModel, OpenAITimeout: time.Second}
	ans := newAnswerer(cfg, testArticle(t), slog.New(slog.NewTextHandler(&logBuf, nil)))
	if _, ok := ans.(*lookup.Engine); !ok {
		t.Errorf("without a key newAnswerer returned %T, want *lookup.Engine", ans)
	}
	if answersStream(cfg) {
		t.Error("answersStream is true without a model")
	}
}

func TestNewAnswererWithModel(t *testing.T) {
	srv := fakeopenai.New(fakeKey)
	defer srv.Close()
	srv.Script(fakeopenai.Reply{Text: "Sarah Isgur Flores is Sessions' spokeswoman [P4]."})
	var logBuf bytes.Buffer
	cfg := config{OpenAIKey: fakeKey, OpenAIBaseURL: srv.URL, OpenAIModel: "fake-model", OpenAITimeout: 10 * time.Second}
	ans := newAnswerer(cfg, testArticle(t), slog.New(slog.NewTextHandler(&logBuf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if !answersStream(cfg) {
		t.Error("answersStream is false with a model")
	}
	got, err := ans.Answer(context.Background(), knowledge.Question{Text: "Who is Flores?"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Mode != knowledge.ModeModel || got.Model != "fake-model" {
		t.Errorf("mode %q model %q (%s), want model fake-model", got.Mode, got.Model, got.FallbackReason)
	}
	if strings.Contains(logBuf.String(), fakeKey) {
		t.Errorf("the key appears in the log:\n%s", logBuf.String())
	}
}

func TestNewAnswererBadBaseURL(t *testing.T) {
	var logBuf bytes.Buffer
	cfg := config{OpenAIKey: fakeKey, OpenAIBaseURL: "localhost:11434", OpenAIModel: "m", OpenAITimeout: time.Second}
	ans := newAnswerer(cfg, testArticle(t), slog.New(slog.NewTextHandler(&logBuf, nil)))
	if _, ok := ans.(*lookup.Engine); !ok {
		t.Errorf("with an unusable base URL newAnswerer returned %T, want *lookup.Engine", ans)
	}
	if !strings.Contains(logBuf.String(), "model answers off") || strings.Contains(logBuf.String(), fakeKey) {
		t.Errorf("log should say the model is off and never show the key:\n%s", logBuf.String())
	}
}

// TestAskJSONModes runs the whole program: `bot ask --json` reports mode
// "model" when the model's answer is used and "lookup" when it is not.
func TestAskJSONModes(t *testing.T) {
	srv := fakeopenai.New(fakeKey)
	defer srv.Close()
	getenv := func(k string) string {
		switch k {
		case "OPENAI_API_KEY":
			return fakeKey
		case "OPENAI_BASE_URL":
			return srv.URL
		case "OPENAI_TIMEOUT":
			return "10s"
		case "DOTENV":
			return "testdata/none.env"
		}
		return ""
	}
	for _, tc := range []struct {
		reply fakeopenai.Reply
		mode  string
	}{
		{fakeopenai.Reply{Text: "Sarah Isgur Flores is Sessions' spokeswoman [P4]."}, knowledge.ModeModel},
		{fakeopenai.Reply{Text: `Flores said "he is innocent" [P4].`}, knowledge.ModeLookup},
		{fakeopenai.Reply{Status: 500}, knowledge.ModeLookup},
	} {
		srv.Script(tc.reply)
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), []string{"ask", "--json", "Who is Flores?"}, getenv, strings.NewReader(""), &stdout, &stderr)
		if err != nil && strings.Contains(err.Error(), "not yet") {
			t.Skip("the ask subcommand is not on this branch yet (issue 2)")
		}
		if err != nil {
			t.Fatalf("run: %v\n%s", err, stderr.String())
		}
		var got struct {
			Mode  string `json:"mode"`
			Model string `json:"model"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
			t.Fatalf("ask --json printed %q: %v", stdout.String(), err)
		}
		if got.Mode != tc.mode || got.Model != defaultOpenAIModel {
			t.Errorf("reply %+v: mode %q model %q, want %q %q", tc.reply, got.Mode, got.Model, tc.mode, defaultOpenAIModel)
		}
		if strings.Contains(stdout.String()+stderr.String(), fakeKey) {
			t.Error("the key appears in the output")
		}
	}
}

// askModelBot runs the whole program against a loopback Slack and model,
// mentions it with q, and returns the fake Slack and the bot's reply in the
// mention's thread once it carries its final context line.
func askModelBot(t *testing.T, model *fakeopenai.Server, q string, opts fakeslack.Options) (*fakeslack.Server, fakeslack.Message) {
	t.Helper()
	b := startBot(t, opts, "OPENAI_API_KEY", fakeKey, "OPENAI_BASE_URL", model.URL, "OPENAI_MODEL", "fake-model", "OPENAI_TIMEOUT", "10s")
	env, ev := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> " + q})
	b.send(t, env)
	var final fakeslack.Message
	if err := waitFor(waitCtx(t), func() bool {
		for _, m := range b.fs.Messages() {
			if m.ThreadTS == ev.TS && m.BotID != "" && strings.Contains(m.Shown(), "Answered by") {
				final = m
				return true
			}
		}
		return false
	}); err != nil {
		t.Fatalf("no final reply in thread %s: %v; messages: %+v", ev.TS, err, b.fs.Messages())
	}
	return b.fs, final
}

// TestStreamingIntoSlack streams a model answer into the placeholder with
// chat.update and finishes with the verified answer, in one message, where
// Slack refuses native streaming.
func TestStreamingIntoSlack(t *testing.T) {
	model := fakeopenai.New(fakeKey)
	defer model.Close()
	model.Script(fakeopenai.Reply{
		Chunks: []string{
			"Sarah Isgur Flores is Sessions' ", "spokeswoman [P4].",
			` She said "there was absolutely nothing misleading about his answer" [P5].`,
		},
		ChunkDelay: 400 * time.Millisecond,
	})
	fs, m := askModelBot(t, model, "Who is Flores?", fakeslack.Options{RefuseStreaming: "unknown_method"})

	if n := len(fs.Messages()); n != 1 { // the bot's messages: the placeholder, edited
		t.Errorf("the bot posted %d messages, want one reply edited in place", n)
	}
	if len(m.Updates) < 2 {
		t.Fatalf("reply went through %d earlier versions %q, want the placeholder and a streamed one", len(m.Updates), m.Updates)
	}
	if !strings.Contains(m.Updates[0], "reading the article") {
		t.Errorf("first version %q is not the placeholder", m.Updates[0])
	}
	streamed := false
	for _, u := range m.Updates[1:] {
		if strings.Contains(u, "Sarah Isgur Flores is Sessions' spokeswoman (¶4)") {
			streamed = true
		}
		if strings.Contains(u, "[P") {
			t.Errorf("a streamed version shows a raw citation: %q", u)
		}
	}
	if !streamed {
		t.Errorf("no streamed version holds the first verified sentence: %q", m.Updates)
	}
	for _, want := range []string{"nothing misleading about his answer", "Answered by fake-model"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("final reply lacks %q:\n%s", want, m.Text)
		}
	}
	if got := model.Requests(); len(got) != 1 || !got[0].Stream {
		t.Errorf("model requests %+v, want one streaming request", got)
	}
}

// TestStreamingIntoSlackFallback: a streamed answer whose second sentence
// invents a quotation never shows it; the lookup answer replaces it.
func TestStreamingIntoSlackFallback(t *testing.T) {
	model := fakeopenai.New(fakeKey)
	defer model.Close()
	model.Script(fakeopenai.Reply{
		Chunks:     []string{"Sarah Isgur Flores is Sessions' spokeswoman [P4].", ` She said "he is a Russian spy" [P5].`},
		ChunkDelay: 400 * time.Millisecond,
	})
	_, m := askModelBot(t, model, "Who is Flores?", fakeslack.Options{RefuseStreaming: "unknown_method"})
	if !strings.Contains(m.Text, "Answered by lookup") {
		t.Errorf("final reply is not the lookup answer:\n%s", m.Text)
	}
	for _, v := range append(m.Updates, m.Text) {
		if strings.Contains(v, "spy") {
			t.Errorf("the invented quotation reached Slack: %q", v)
		}
	}
}
