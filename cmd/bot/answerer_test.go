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
	"storybot/knowledge"
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
	if _, ok := ans.(*knowledge.Lookup); !ok {
		t.Errorf("without a key newAnswerer returned %T, want *knowledge.Lookup", ans)
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
	cfg := config{OpenAIKey: fakeKey, OpenAIBaseURL: srv.URL, OpenAIModel: "fake-model", OpenAITimeout: 2 * time.Second}
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
	if _, ok := ans.(*knowledge.Lookup); !ok {
		t.Errorf("with an unusable base URL newAnswerer returned %T, want *knowledge.Lookup", ans)
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
			return "2s"
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
