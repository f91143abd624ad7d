// Package fakeopenai is a loopback OpenAI-compatible chat completions server
// for tests: the real go-openai client (or any other) talks HTTP to it on
// 127.0.0.1. It checks the bearer key, records every request so a test can
// read the rendered prompt, and answers each request as scripted: a reply
// (JSON, or server-sent events when the request streams), an HTTP error
// status with an optional Retry-After, a delay, or a hang until the client
// gives up.
package fakeopenai

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Reply scripts the answer to one request. The zero Reply answers with an
// empty completion.
type Reply struct {
	Text       string        // the completion text
	Status     int           // an HTTP status other than 0 or 200 answers with an OpenAI error body
	RetryAfter string        // the Retry-After header sent with Status, e.g. "2"
	Delay      time.Duration // wait this long before answering (ends early if the client gives up)
	Hang       bool          // never answer; return only when the client gives up or the server closes
	// Chunks, for streaming requests, are the pieces of text sent one event
	// each; empty means Text split after each space.
	Chunks []string
	// ChunkDelay is the pause between streamed chunks.
	ChunkDelay time.Duration
	// Body, when set, is sent verbatim as the response body (with Status,
	// or 200), whatever the request asked for: for malformed replies.
	Body string
	// Stall, for streaming requests, sends the chunks and then neither
	// finishes nor closes the stream until the client gives up.
	Stall bool
}

// Message is one chat message as the client sent it.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Request is one recorded chat completions request.
type Request struct {
	Model    string    `json:"model"`
	Messages []Message `json:"messages"`
	Stream   bool      `json:"stream"`
	Body     []byte    `json:"-"` // the raw JSON body
}

// Prompt returns the content of the request's messages with the given role
// ("system" or "user"), joined by blank lines.
func (r Request) Prompt(role string) string {
	var parts []string
	for _, m := range r.Messages {
		if m.Role == role {
			parts = append(parts, m.Content)
		}
	}
	return strings.Join(parts, "\n\n")
}

// Server is a running fake. Its methods are safe for concurrent use.
type Server struct {
	// URL is the base URL to configure a client with, ending in /v1.
	URL string

	key  string
	srv  *httptest.Server
	done chan struct{}
	once sync.Once

	mu       sync.Mutex
	script   []Reply
	respond  func(Request) Reply
	requests []Request
}

// New starts a server on 127.0.0.1 that accepts the bearer token key.
// Requests are answered from Script's queue, then by the function given to
// Respond, then with an empty completion. Close it when done.
func New(key string) *Server {
	s := &Server{key: key, done: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.chat)
	s.srv = httptest.NewServer(mux)
	s.URL = s.srv.URL + "/v1"
	return s
}

// Close releases hanging requests and shuts the server down.
func (s *Server) Close() {
	s.once.Do(func() { close(s.done) })
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// Script queues replies for the next requests, in order.
func (s *Server) Script(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = append(s.script, replies...)
}

// Respond sets the function that answers requests once the scripted queue
// is empty.
func (s *Server) Respond(f func(Request) Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.respond = f
}

// Requests returns the requests received so far that passed the key check,
// in arrival order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

func (s *Server) next(req Request) Reply {
	s.mu.Lock()
	s.requests = append(s.requests, req)
	if len(s.script) > 0 {
		r := s.script[0]
		s.script = s.script[1:]
		s.mu.Unlock()
		return r
	}
	f := s.respond
	s.mu.Unlock()
	if f != nil {
		return f(req)
	}
	return Reply{}
}

type apiError struct {
	Error struct {
		Message string `json:"message"`
		Type    string `json:"type"`
		Code    any    `json:"code"`
	} `json:"error"`
}

func writeError(w http.ResponseWriter, status int, msg, typ string) {
	var e apiError
	e.Error.Message, e.Error.Type, e.Error.Code = msg, typ, status
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(e)
}

// wait blocks for d, or forever when d < 0, unless the client gives up or
// the server closes first. It reports whether the full wait elapsed.
func (s *Server) wait(r *http.Request, d time.Duration) bool {
	var timer <-chan time.Time
	if d >= 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		timer = t.C
	}
	select {
	case <-timer:
		return true
	case <-r.Context().Done():
	case <-s.done:
	}
	return false
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+s.key {
		writeError(w, http.StatusUnauthorized, "Incorrect API key provided.", "invalid_request_error")
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "cannot read the request body", "invalid_request_error")
		return
	}
	var req Request
	if err := json.Unmarshal(body, &req); err != nil {
		writeError(w, http.StatusBadRequest, "the body is not JSON: "+err.Error(), "invalid_request_error")
		return
	}
	req.Body = body
	rep := s.next(req)

	if rep.Hang {
		s.wait(r, -1)
		return
	}
	if rep.Delay > 0 && !s.wait(r, rep.Delay) {
		return
	}
	if rep.Body != "" {
		status := rep.Status
		if status == 0 {
			status = http.StatusOK
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, rep.Body)
		return
	}
	if rep.Status != 0 && rep.Status != http.StatusOK {
		if rep.RetryAfter != "" {
			w.Header().Set("Retry-After", rep.RetryAfter)
		}
		writeError(w, rep.Status, fmt.Sprintf("scripted status %d", rep.Status), "server_error")
		return
	}
	model := req.Model
	created := time.Now().Unix()
	if !req.Stream {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion", "created": created, "model": model,
			"choices": []any{map[string]any{
				"index":         0,
				"message":       map[string]any{"role": "assistant", "content": rep.Text},
				"finish_reason": "stop",
			}},
			"usage": map[string]any{"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
		})
		return
	}

	chunks := rep.Chunks
	if len(chunks) == 0 {
		chunks = strings.SplitAfter(rep.Text, " ")
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	flusher, _ := w.(http.Flusher)
	event := func(delta map[string]any, finish any) {
		b, _ := json.Marshal(map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": created, "model": model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}},
		})
		fmt.Fprintf(w, "data: %s\n\n", b)
		if flusher != nil {
			flusher.Flush()
		}
	}
	event(map[string]any{"role": "assistant", "content": ""}, nil)
	for i, c := range chunks {
		if i > 0 && rep.ChunkDelay > 0 && !s.wait(r, rep.ChunkDelay) {
			return
		}
		event(map[string]any{"content": c}, nil)
	}
	if rep.Stall {
		s.wait(r, -1)
		return
	}
	event(map[string]any{}, "stop")
	fmt.Fprint(w, "data: [DONE]\n\n")
	if flusher != nil {
		flusher.Flush()
	}
}

// RetryAfterSeconds formats d as a Retry-After header value in whole
// seconds, rounded up.
func RetryAfterSeconds(d time.Duration) string {
	return strconv.Itoa(int((d + time.Second - 1) / time.Second))
}
