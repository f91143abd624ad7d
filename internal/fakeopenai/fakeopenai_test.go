package fakeopenai_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"storybot/internal/fakeopenai"
)

func client(s *fakeopenai.Server, key string) *openai.Client {
	cfg := openai.DefaultConfig(key)
	cfg.BaseURL = s.URL
	return openai.NewClientWithConfig(cfg)
}

func request(stream bool) openai.ChatCompletionRequest {
	return openai.ChatCompletionRequest{
		Model:  "test-model",
		Stream: stream,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: "be brief"},
			{Role: openai.ChatMessageRoleUser, Content: "hello"},
		},
	}
}

func TestReplyAndRecord(t *testing.T) {
	s := fakeopenai.New("k1")
	defer s.Close()
	s.Script(fakeopenai.Reply{Text: "Hi there [P1]."})
	resp, err := client(s, "k1").CreateChatCompletion(context.Background(), request(false))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := resp.Choices[0].Message.Content, "Hi there [P1]."; got != want {
		t.Errorf("content = %q, want %q", got, want)
	}
	reqs := s.Requests()
	if len(reqs) != 1 {
		t.Fatalf("recorded %d requests, want 1", len(reqs))
	}
	if got := reqs[0].Prompt("user"); got != "hello" {
		t.Errorf("user prompt = %q, want hello", got)
	}
	if reqs[0].Model != "test-model" || reqs[0].Stream {
		t.Errorf("recorded %+v", reqs[0])
	}
}

func TestStream(t *testing.T) {
	s := fakeopenai.New("k1")
	defer s.Close()
	s.Respond(func(r fakeopenai.Request) fakeopenai.Reply {
		return fakeopenai.Reply{Text: "one two three"}
	})
	st, err := client(s, "k1").CreateChatCompletionStream(context.Background(), request(true))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var got strings.Builder
	events := 0
	for {
		r, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		events++
		if len(r.Choices) > 0 {
			got.WriteString(r.Choices[0].Delta.Content)
		}
	}
	if got.String() != "one two three" {
		t.Errorf("streamed %q, want %q", got.String(), "one two three")
	}
	if events < 4 {
		t.Errorf("got %d events, want a role event, 3 chunks and a finish", events)
	}
	if !s.Requests()[0].Stream {
		t.Error("request not recorded as streaming")
	}
}

func TestBadKey(t *testing.T) {
	s := fakeopenai.New("right")
	defer s.Close()
	_, err := client(s, "wrong").CreateChatCompletion(context.Background(), request(false))
	var apiErr *openai.APIError
	if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != http.StatusUnauthorized {
		t.Fatalf("err = %v, want a 401 APIError", err)
	}
	if n := len(s.Requests()); n != 0 {
		t.Errorf("recorded %d requests with a wrong key, want 0", n)
	}
}

func TestStatusAndRetryAfter(t *testing.T) {
	s := fakeopenai.New("k")
	defer s.Close()
	s.Script(fakeopenai.Reply{Status: http.StatusTooManyRequests, RetryAfter: fakeopenai.RetryAfterSeconds(1500 * time.Millisecond)})
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/chat/completions", strings.NewReader(`{"model":"m","messages":[]}`))
	req.Header.Set("Authorization", "Bearer k")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "2" {
		t.Errorf("status %d, Retry-After %q; want 429 and 2", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	s.Script(fakeopenai.Reply{Status: http.StatusInternalServerError})
	_, err = client(s, "k").CreateChatCompletion(context.Background(), request(false))
	var apiErr *openai.APIError
	if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != http.StatusInternalServerError {
		t.Fatalf("err = %v, want a 500 APIError", err)
	}
}

func TestHangEndsWithClient(t *testing.T) {
	s := fakeopenai.New("k")
	defer s.Close()
	s.Script(fakeopenai.Reply{Hang: true})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := client(s, "k").CreateChatCompletion(ctx, request(false))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want context.DeadlineExceeded", err)
	}
}

func TestCloseReleasesHang(t *testing.T) {
	s := fakeopenai.New("k")
	s.Script(fakeopenai.Reply{Hang: true})
	errc := make(chan error, 1)
	go func() {
		_, err := client(s, "k").CreateChatCompletion(context.Background(), request(false))
		errc <- err
	}()
	for len(s.Requests()) == 0 {
		time.Sleep(time.Millisecond)
	}
	s.Close()
	if err := <-errc; err == nil {
		t.Fatal("a hanging request succeeded after Close")
	}
}
