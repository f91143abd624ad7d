package llm_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"storybot/internal/fakeopenai"
	"storybot/knowledge"
	"storybot/llm"
)

const key = "sk-llm-test"

func client(t *testing.T, cfg llm.Config) (*llm.Client, *fakeopenai.Server) {
	t.Helper()
	srv := fakeopenai.New(key)
	t.Cleanup(srv.Close)
	cfg.Key, cfg.BaseURL = key, srv.URL
	if cfg.Model == "" {
		cfg.Model = "test-model"
	}
	c, err := llm.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c, srv
}

// The client satisfies the interface the answerer consumes.
var _ knowledge.Completer = (*llm.Client)(nil)

func TestCompleteSendsSchema(t *testing.T) {
	c, srv := client(t, llm.Config{})
	srv.Script(fakeopenai.Reply{Text: `{"not_found": true, "claims": []}`})
	got, err := c.Complete(context.Background(), knowledge.Completion{
		System: "sys", User: "user",
		Schema: &knowledge.Schema{Name: "cited_answer", JSON: []byte(`{"type":"object"}`)},
	})
	if err != nil || got != `{"not_found": true, "claims": []}` {
		t.Fatalf("Complete = %q, %v", got, err)
	}
	req := srv.Requests()[0]
	body := string(req.Body)
	for _, want := range []string{`"response_format":{"type":"json_schema"`, `"name":"cited_answer"`, `"schema":{"type":"object"}`, `"strict":true`} {
		if !strings.Contains(body, want) {
			t.Errorf("request body lacks %s: %s", want, body)
		}
	}
	if req.Prompt("system") != "sys" || req.Prompt("user") != "user" {
		t.Errorf("prompts sent: %q, %q", req.Prompt("system"), req.Prompt("user"))
	}
}

func TestCompleteStreams(t *testing.T) {
	c, srv := client(t, llm.Config{})
	srv.Script(fakeopenai.Reply{Chunks: []string{"Flores ", "is ", "[P", "4]."}})
	var deltas []string
	got, err := c.Complete(context.Background(), knowledge.Completion{
		System: "s", User: "u",
		Schema: &knowledge.Schema{Name: "x", JSON: []byte(`{}`)},
		Stream: func(d string) { deltas = append(deltas, d) },
	})
	if err != nil || got != "Flores is [P4]." {
		t.Fatalf("Complete = %q, %v", got, err)
	}
	if strings.Join(deltas, "|") != "Flores |is |[P|4]." {
		t.Errorf("deltas = %q", deltas)
	}
	req := srv.Requests()[0]
	if !req.Stream || strings.Contains(string(req.Body), "response_format") {
		t.Errorf("want a streamed request without response_format: %s", req.Body)
	}
}

func TestCompleteReasons(t *testing.T) {
	for _, tc := range []struct {
		reply fakeopenai.Reply
		want  string
	}{
		{fakeopenai.Reply{Status: http.StatusInternalServerError}, "model error: 500"},
		{fakeopenai.Reply{Status: http.StatusTooManyRequests, RetryAfter: "5"}, "model error: 429"},
		{fakeopenai.Reply{Hang: true}, "timeout"},
		{fakeopenai.Reply{Body: `{"choices": []}`}, "model error: empty reply"},
	} {
		c, srv := client(t, llm.Config{Timeout: 200 * time.Millisecond})
		srv.Script(tc.reply)
		_, err := c.Complete(context.Background(), knowledge.Completion{System: "s", User: "u"})
		var ce *knowledge.CallError
		if !errors.As(err, &ce) || ce.Reason != tc.want {
			t.Errorf("%+v: error %v, want reason %q", tc.reply, err, tc.want)
		}
	}
}

func TestCompleteCancelled(t *testing.T) {
	c, srv := client(t, llm.Config{})
	srv.Script(fakeopenai.Reply{Hang: true})
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	_, err := c.Complete(ctx, knowledge.Completion{System: "s", User: "u"})
	var ce *knowledge.CallError
	if !errors.As(err, &ce) || ce.Reason != "cancelled" {
		t.Errorf("error %v, want reason cancelled", err)
	}
}
