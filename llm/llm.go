// Package llm is storybot's language model client: OpenAI-compatible chat
// completions through go-openai, with a per-call timeout, a bound on calls
// in flight, Retry-After honoured, and a circuit breaker. It implements
// knowledge.Completer, so the knowledge package needs neither HTTP nor
// go-openai.
package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"storybot/knowledge"
)

// Defaults for Config fields left zero.
const (
	DefaultTimeout         = 20 * time.Second
	DefaultMaxConcurrent   = 4
	DefaultBreakerFailures = 5
	DefaultBreakerCooldown = 30 * time.Second
)

// maxRetryAfter caps how long one Retry-After can keep the model off.
const maxRetryAfter = 10 * time.Minute

// Config configures a Client.
type Config struct {
	Key     string        // API key, sent as a bearer token; never logged
	BaseURL string        // an OpenAI-compatible base URL ending in /v1; "" means OpenAI's
	Model   string        // model name, e.g. gpt-4.1-mini
	Timeout time.Duration // bounds one call, streaming included; 0 means DefaultTimeout

	// MaxConcurrent bounds calls in flight; a call arriving when all are
	// busy fails at once. 0 means DefaultMaxConcurrent.
	MaxConcurrent int
	// BreakerFailures consecutive failures open the breaker for
	// BreakerCooldown, then one probe call decides. 0 means the defaults.
	BreakerFailures int
	BreakerCooldown time.Duration
	// Transport carries the HTTP requests; nil means http.DefaultTransport.
	Transport http.RoundTripper
	// Observer, when set, is told of failed calls, for metrics.
	Observer Observer
	// Now is the clock Retry-After and the breaker read; nil means
	// time.Now. Tests set it.
	Now func() time.Time
}

// Observer receives a Client's failures, for metrics. Its method must be
// safe for concurrent use and fast; *metrics.Metrics has it.
type Observer interface {
	// ModelError counts one failed model call; rateLimited for HTTP 429.
	ModelError(rateLimited bool)
}

// nopObserver observes nothing; it stands in for a nil Observer.
type nopObserver struct{}

func (nopObserver) ModelError(bool) {}

// Client calls one model. It is safe for concurrent use.
type Client struct {
	cfg    Config
	client *openai.Client
	log    *slog.Logger
	sem    chan struct{}
	br     *breaker

	mu        sync.Mutex
	notBefore time.Time // from Retry-After: no call before this
}

// New returns a Client for cfg. It fails when the key or model name is
// missing or the base URL is not an http(s) URL.
func New(cfg Config, log *slog.Logger) (*Client, error) {
	if cfg.Key == "" {
		return nil, errors.New("model client: no API key")
	}
	if cfg.Model == "" {
		return nil, errors.New("model client: no model name")
	}
	if cfg.BaseURL != "" && !strings.HasPrefix(cfg.BaseURL, "http://") && !strings.HasPrefix(cfg.BaseURL, "https://") {
		return nil, fmt.Errorf("model client: base URL %q is not an http(s) URL", cfg.BaseURL)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = DefaultMaxConcurrent
	}
	if cfg.BreakerFailures <= 0 {
		cfg.BreakerFailures = DefaultBreakerFailures
	}
	if cfg.BreakerCooldown <= 0 {
		cfg.BreakerCooldown = DefaultBreakerCooldown
	}
	if cfg.Transport == nil {
		cfg.Transport = http.DefaultTransport
	}
	if cfg.Observer == nil {
		cfg.Observer = nopObserver{}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Client{
		cfg: cfg,
		log: log.With("model", cfg.Model),
		sem: make(chan struct{}, cfg.MaxConcurrent),
	}
	c.br = newBreaker(cfg.BreakerFailures, cfg.BreakerCooldown, func() time.Time { return c.cfg.Now() })
	oc := openai.DefaultConfig(cfg.Key)
	if cfg.BaseURL != "" {
		oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	}
	// The client's own timeout backs up the per-call context, so that no
	// read, streaming included, outlives one call's budget.
	oc.HTTPClient = retryAfterDoer{c: c, hc: &http.Client{Transport: cfg.Transport, Timeout: cfg.Timeout}}
	c.client = openai.NewClientWithConfig(oc)
	return c, nil
}

// Name returns the model's name.
func (c *Client) Name() string { return c.cfg.Model }

// Complete implements knowledge.Completer: it sends one chat completion,
// streaming when req.Stream is set, and returns the reply's text. It
// fails with a *knowledge.CallError whose Reason says why: held off by a
// Retry-After, busy, breaker open, cancelled, timeout, or the server's
// error.
func (c *Client) Complete(ctx context.Context, req knowledge.Completion) (string, error) {
	if wait := c.retryWait(); wait > 0 {
		return "", &knowledge.CallError{Reason: "rate limited: retry after " + wait.Round(time.Second).String()}
	}
	select {
	case c.sem <- struct{}{}:
		defer func() { <-c.sem }()
	default:
		return "", &knowledge.CallError{Reason: "busy: " + strconv.Itoa(c.cfg.MaxConcurrent) + " model calls in flight"}
	}
	ok, probe := c.br.allow()
	if !ok {
		return "", &knowledge.CallError{Reason: "breaker open"}
	}
	callCtx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	start := c.cfg.Now()
	text, err := c.complete(callCtx, req)
	if err != nil {
		reason, o := classify(ctx, callCtx, err)
		c.br.done(probe, o)
		if o == failure {
			c.cfg.Observer.ModelError(statusOf(err) == http.StatusTooManyRequests)
		}
		c.log.Debug("model call failed", "reason", reason, "elapsed", c.cfg.Now().Sub(start).Round(time.Millisecond), "breaker", c.br.state())
		return "", &knowledge.CallError{Reason: reason, Err: err}
	}
	c.br.done(probe, success)
	return text, nil
}

// request builds the go-openai request for req.
func (c *Client) request(req knowledge.Completion) openai.ChatCompletionRequest {
	r := openai.ChatCompletionRequest{
		Model: c.cfg.Model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: req.System},
			{Role: openai.ChatMessageRoleUser, Content: req.User},
		},
		MaxCompletionTokens: 1500,
	}
	if !reasoningModel(c.cfg.Model) {
		// Low temperature: copying words verbatim matters more than variety.
		r.Temperature = 0.2
	}
	if req.Schema != nil && req.Stream == nil {
		r.ResponseFormat = &openai.ChatCompletionResponseFormat{
			Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
				Name:   req.Schema.Name,
				Schema: json.RawMessage(req.Schema.JSON),
				Strict: true,
			},
		}
	}
	return r
}

// reasoningModel reports whether name is one of OpenAI's reasoning models,
// which reject a temperature.
func reasoningModel(name string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// errEmptyReply is a completion without choices.
var errEmptyReply = errors.New("the model sent no choices")

// complete asks the model, streaming when req.Stream is set.
func (c *Client) complete(ctx context.Context, req knowledge.Completion) (string, error) {
	r := c.request(req)
	if req.Stream == nil {
		resp, err := c.client.CreateChatCompletion(ctx, r)
		if err != nil {
			return "", err
		}
		if len(resp.Choices) == 0 {
			return "", errEmptyReply
		}
		return resp.Choices[0].Message.Content, nil
	}
	stream, err := c.client.CreateChatCompletionStream(ctx, r)
	if err != nil {
		return "", err
	}
	defer stream.Close()
	var b strings.Builder
	for {
		resp, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		if len(resp.Choices) == 0 || resp.Choices[0].Delta.Content == "" {
			continue
		}
		b.WriteString(resp.Choices[0].Delta.Content)
		req.Stream(resp.Choices[0].Delta.Content)
	}
}

// classify turns a call's error into a reason and a breaker outcome. ctx
// is the caller's context, callCtx the call's (with the timeout).
func classify(ctx, callCtx context.Context, err error) (string, outcome) {
	if ctx.Err() != nil {
		return "cancelled", neutral
	}
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode != 0 {
		return "model error: " + strconv.Itoa(apiErr.HTTPStatusCode), failure
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) && reqErr.HTTPStatusCode != 0 {
		return "model error: " + strconv.Itoa(reqErr.HTTPStatusCode), failure
	}
	var netErr net.Error
	if callCtx.Err() != nil || errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &netErr) && netErr.Timeout()) {
		return "timeout", failure
	}
	if errors.Is(err, errEmptyReply) {
		return "model error: empty reply", failure
	}
	var urlErr *url.Error
	if errors.As(err, &urlErr) || errors.As(err, &netErr) {
		return "model error: network", failure
	}
	return "model error: bad response", failure
}

// statusOf returns the HTTP status a call's error carries, or 0.
func statusOf(err error) int {
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return reqErr.HTTPStatusCode
	}
	return 0
}

// retryWait returns how long a Retry-After still keeps the model off.
func (c *Client) retryWait() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.notBefore.Sub(c.cfg.Now())
}

// holdOff records a Retry-After (seconds or an HTTP date) from a 429 or 503.
// A 429 without one holds off for a second.
func (c *Client) holdOff(status int, h string) {
	now := c.cfg.Now()
	d := time.Duration(0)
	if secs, err := strconv.Atoi(strings.TrimSpace(h)); err == nil {
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(h); err == nil {
		d = t.Sub(now)
	} else if status == http.StatusTooManyRequests {
		d = time.Second
	}
	if d <= 0 {
		return
	}
	d = min(d, maxRetryAfter)
	c.mu.Lock()
	defer c.mu.Unlock()
	if t := now.Add(d); t.After(c.notBefore) {
		c.notBefore = t
	}
	c.log.Warn("model asked to slow down", "status", status, "retry_after", d)
}

// retryAfterDoer is go-openai's HTTP client: it notes Retry-After on 429
// and 503 responses, which go-openai's errors do not carry.
type retryAfterDoer struct {
	c  *Client
	hc *http.Client
}

// Do sends req, noting any Retry-After a 429 or 503 carries.
func (d retryAfterDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.hc.Do(req)
	if err == nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable) {
		d.c.holdOff(resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	return resp, err
}
