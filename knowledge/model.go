package knowledge

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"storybot/prompts"
)

// Defaults for ModelConfig fields left zero.
const (
	DefaultModelTimeout    = 20 * time.Second
	DefaultMaxConcurrent   = 4
	DefaultBreakerFailures = 5
	DefaultBreakerCooldown = 30 * time.Second
)

// ModelConfig configures a Model answerer.
type ModelConfig struct {
	Key     string        // API key, sent as a bearer token; never logged
	BaseURL string        // an OpenAI-compatible base URL ending in /v1; "" means OpenAI's
	Model   string        // model name, e.g. gpt-4.1-mini
	Timeout time.Duration // bounds one answer, model call included; 0 means DefaultModelTimeout

	// MaxConcurrent bounds model calls in flight; a question arriving when
	// all are busy gets the lookup answer at once. 0 means DefaultMaxConcurrent.
	MaxConcurrent int
	// BreakerFailures consecutive model failures open the breaker for
	// BreakerCooldown, then one probe call decides. 0 means the defaults.
	BreakerFailures int
	BreakerCooldown time.Duration
	// Transport carries the HTTP requests; nil means http.DefaultTransport.
	Transport http.RoundTripper
	// Observer, when set, is told of failed model calls and of answers
	// rejected by verification, for metrics; *metrics.Metrics has it.
	Observer ModelObserver
}

// ModelObserver receives a Model's failures, for metrics. Its methods must
// be safe for concurrent use and fast.
type ModelObserver interface {
	// ModelError counts one failed model call; rateLimited for HTTP 429.
	ModelError(rateLimited bool)
	// VerificationFailed counts one model answer rejected by verification.
	VerificationFailed()
}

type nopModelObserver struct{}

func (nopModelObserver) ModelError(bool)     {}
func (nopModelObserver) VerificationFailed() {}

// Model answers with a language model through the OpenAI chat completions
// API, verifies the answer against the article, and falls back to another
// answerer (the lookup) whenever the model fails or its answer does not
// verify. It is safe for concurrent use.
type Model struct {
	cfg      ModelConfig
	client   *openai.Client
	article  *Article
	fallback Answerer
	log      *slog.Logger
	ver      *verifier
	system   string
	sem      chan struct{}
	br       *breaker
	now      func() time.Time

	mu        sync.Mutex
	notBefore time.Time // from Retry-After: no model call before this
}

// maxRetryAfter caps how long one Retry-After can keep the model off.
const maxRetryAfter = 10 * time.Minute

// NewModel returns a Model answerer over a that falls back to fallback
// (normally NewLookup(a)). It fails when the key, model name, article or
// fallback is missing or the base URL is not an http(s) URL.
func NewModel(cfg ModelConfig, a *Article, fallback Answerer, log *slog.Logger) (*Model, error) {
	if cfg.Key == "" {
		return nil, errors.New("model answerer: no API key")
	}
	if cfg.Model == "" {
		return nil, errors.New("model answerer: no model name")
	}
	if a == nil || fallback == nil {
		return nil, errors.New("model answerer: needs an article and a fallback answerer")
	}
	if cfg.BaseURL != "" && !strings.HasPrefix(cfg.BaseURL, "http://") && !strings.HasPrefix(cfg.BaseURL, "https://") {
		return nil, fmt.Errorf("model answerer: base URL %q is not an http(s) URL", cfg.BaseURL)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultModelTimeout
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
		cfg.Observer = nopModelObserver{}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	system, err := prompts.System()
	if err != nil {
		return nil, fmt.Errorf("model answerer: %w", err)
	}
	m := &Model{
		cfg:      cfg,
		article:  a,
		fallback: fallback,
		log:      log.With("model", cfg.Model),
		ver:      newVerifier(a),
		system:   system,
		sem:      make(chan struct{}, cfg.MaxConcurrent),
		now:      time.Now,
	}
	m.br = newBreaker(cfg.BreakerFailures, cfg.BreakerCooldown, func() time.Time { return m.now() })
	oc := openai.DefaultConfig(cfg.Key)
	if cfg.BaseURL != "" {
		oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	}
	// The client's own timeout backs up the per-answer context, so that
	// no read, streaming included, outlives one answer's budget.
	oc.HTTPClient = retryAfterDoer{m: m, c: &http.Client{Transport: cfg.Transport, Timeout: cfg.Timeout}}
	m.client = openai.NewClientWithConfig(oc)
	return m, nil
}

// Name returns the model's name.
func (m *Model) Name() string { return m.cfg.Model }

// Answer implements Answerer. It returns ErrEmptyQuestion and
// ErrQuestionTooLong from the fallback's checks. Otherwise it returns the
// verified model answer (Mode "model"), or the fallback's answer with
// FallbackReason saying why the model's was not used; it fails only when
// the fallback fails too.
func (m *Model) Answer(ctx context.Context, q Question) (Answer, error) {
	fb, ferr := m.fallback.Answer(ctx, q)
	if errors.Is(ferr, ErrEmptyQuestion) || errors.Is(ferr, ErrQuestionTooLong) {
		return fb, ferr
	}
	fall := func(reason string, attrs ...any) (Answer, error) {
		m.log.Warn("model answer not used", append([]any{"reason", reason}, attrs...)...)
		if ferr != nil {
			return Answer{}, fmt.Errorf("model answer not used (%s) and the fallback failed: %w", reason, ferr)
		}
		fb.Mode = ModeLookup
		fb.Model = m.cfg.Model
		fb.FallbackReason = reason
		return fb, nil
	}

	if wait := m.retryWait(); wait > 0 {
		return fall("rate limited: retry after " + wait.Round(time.Second).String())
	}
	select {
	case m.sem <- struct{}{}:
		defer func() { <-m.sem }()
	default:
		return fall("busy: " + strconv.Itoa(m.cfg.MaxConcurrent) + " model calls in flight")
	}
	ok, probe := m.br.allow()
	if !ok {
		return fall("breaker open")
	}

	callCtx, cancel := context.WithTimeout(ctx, m.cfg.Timeout)
	defer cancel()
	start := m.now()
	raw, err := m.complete(callCtx, q)
	if err != nil {
		reason, o := classify(ctx, callCtx, err)
		m.br.done(probe, o)
		if o == failure {
			m.cfg.Observer.ModelError(statusOf(err) == http.StatusTooManyRequests)
		}
		return fall(reason, "error", clipRunes(err.Error(), 300), "elapsed", m.now().Sub(start).Round(time.Millisecond), "breaker", m.br.state())
	}
	m.br.done(probe, success)

	v := m.ver.check(q.Text, raw)
	if !v.ok {
		m.cfg.Observer.VerificationFailed()
		m.log.Debug("rejected model answer", "answer", raw)
		return fall("verification: " + v.reason)
	}
	ans := Answer{
		Question:  q.Text,
		Text:      v.text,
		Found:     v.found,
		Mode:      ModeModel,
		Model:     m.cfg.Model,
		Citations: []Citation{},
	}
	for _, n := range v.cited {
		p := m.ver.paras[n]
		ans.Citations = append(ans.Citations, Citation{ID: CitationID(n), Paragraph: n, Text: p.Text})
	}
	m.log.Info("model answer used", "found", ans.Found, "citations", len(ans.Citations), "elapsed", m.now().Sub(start).Round(time.Millisecond))
	return ans, nil
}

// classify turns a model call's error into a FallbackReason and a breaker
// outcome. ctx is the caller's context, callCtx the call's (with the timeout).
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

// statusOf returns the HTTP status a model call's error carries, or 0.
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

var errEmptyReply = errors.New("the model sent no choices")

// request builds the chat completion request for q.
func (m *Model) request(q Question) (openai.ChatCompletionRequest, error) {
	user, err := prompts.Answer(m.input(q))
	if err != nil {
		return openai.ChatCompletionRequest{}, err
	}
	req := openai.ChatCompletionRequest{
		Model: m.cfg.Model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: m.system},
			{Role: openai.ChatMessageRoleUser, Content: user},
		},
		MaxCompletionTokens: 1500,
	}
	if !reasoningModel(m.cfg.Model) {
		// Low temperature: copying words verbatim matters more than variety.
		req.Temperature = 0.2
	}
	return req, nil
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

// complete asks the model, streaming when q.Progress is set.
func (m *Model) complete(ctx context.Context, q Question) (string, error) {
	req, err := m.request(q)
	if err != nil {
		return "", err
	}
	if q.Progress == nil {
		resp, err := m.client.CreateChatCompletion(ctx, req)
		if err != nil {
			return "", err
		}
		if len(resp.Choices) == 0 {
			return "", errEmptyReply
		}
		return resp.Choices[0].Message.Content, nil
	}
	stream, err := m.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return "", err
	}
	defer stream.Close()
	var b strings.Builder
	p := newProgress(m.ver, q.Text, q.Progress)
	for {
		resp, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			p.update(b.String(), true)
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		if len(resp.Choices) == 0 || resp.Choices[0].Delta.Content == "" {
			continue
		}
		b.WriteString(resp.Choices[0].Delta.Content)
		p.update(b.String(), false)
	}
}

// progress passes a streaming answer on to Question.Progress, showing only
// claims already verified, and nothing more once a claim fails (the final
// answer then falls back). Each claim is split off and checked once, as
// soon as the text after it shows where it ends, so the work is linear in
// the reply's length; a citation still arriving ("[P1" of "[P12]") keeps
// its claim back until it is complete.
type progress struct {
	f       func(string)
	c       *claimChecker
	v       *verifier
	from    int // where the next claim starts in the partial text
	shown   strings.Builder
	last    string
	stopped bool
}

func newProgress(v *verifier, question string, f func(string)) *progress {
	return &progress{f: f, c: v.newClaimChecker(question), v: v}
}

// update takes the whole text so far; final says no more will come.
func (p *progress) update(partial string, final bool) {
	if p.stopped {
		return
	}
	for {
		end := claimEnd(partial, p.from, final)
		if end < 0 || end <= p.from {
			break
		}
		seg := partial[p.from:end]
		p.from = end
		if r := p.c.add(seg); r != "" {
			p.stopped = true
			return
		}
		p.shown.WriteString(renderSegment(p.v, seg))
	}
	if !p.c.found {
		return
	}
	if t := strings.TrimSpace(p.shown.String()); t != p.last {
		p.last = t
		p.f(t)
	}
}

// retryWait returns how long a Retry-After still keeps the model off.
func (m *Model) retryWait() time.Duration {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.notBefore.Sub(m.now())
}

// holdOff records a Retry-After (seconds or an HTTP date) from a 429 or 503.
// A 429 without one holds off for a second.
func (m *Model) holdOff(status int, h string) {
	now := m.now()
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
	m.mu.Lock()
	defer m.mu.Unlock()
	if t := now.Add(d); t.After(m.notBefore) {
		m.notBefore = t
	}
	m.log.Warn("model asked to slow down", "status", status, "retry_after", d)
}

// retryAfterDoer is go-openai's HTTP client: it notes Retry-After on 429
// and 503 responses, which go-openai's errors do not carry.
type retryAfterDoer struct {
	m *Model
	c *http.Client
}

func (d retryAfterDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.c.Do(req)
	if err == nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable) {
		d.m.holdOff(resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	return resp, err
}

// Prompt context limits.
const (
	allParagraphsUpTo = 12 // articles this short go to the model whole
	topParagraphs     = 6  // otherwise, the best-matching paragraphs
	maxHistory        = 4  // earlier turns shown
	maxHistoryAnswer  = 600
	maxBearing        = 8 // entities, and quotations, shown
)

// input gathers what the answer prompt shows for q.
func (m *Model) input(q Question) prompts.Input {
	a := m.article
	in := prompts.Input{Question: q.Text, Title: a.Title}
	shown := map[int]bool{}
	hist := q.History
	if len(hist) > maxHistory {
		hist = hist[len(hist)-maxHistory:]
	}
	about := q.Text
	for _, t := range hist {
		in.History = append(in.History, prompts.Turn{Question: t.Question, Answer: clipRunes(t.Answer, maxHistoryAnswer)})
	}
	if len(hist) > 0 {
		// A follow-up ("what did he say?") leans on the previous question.
		about += " " + hist[len(hist)-1].Question
	}
	ents := mentionedEntities(a, about)
	for _, p := range relevantParagraphs(a, about, ents) {
		in.Paragraphs = append(in.Paragraphs, prompts.Paragraph{N: p.N, Text: p.Text})
		shown[p.N] = true
	}
	for _, n := range m.ver.suspect {
		if shown[n] {
			in.Suspect = append(in.Suspect, n)
		}
	}
	named := map[string]bool{}
	for _, e := range ents {
		if len(in.Entities) < maxBearing {
			in.Entities = append(in.Entities, prompts.Entity{
				Name: e.Name, Kind: string(e.Kind), Role: e.Role, Aliases: e.Aliases, Paragraphs: e.Paragraphs,
			})
		}
		named[e.Name] = true
	}
	qterms := wordSet(about)
	for _, qt := range a.Quotes {
		if len(in.Quotes) >= maxBearing {
			break
		}
		if named[qt.Speaker] || overlap(qterms, wordSet(qt.Text)) >= 2 {
			var ps []int
			for _, c := range qt.Citations {
				ps = append(ps, c.Paragraph)
			}
			in.Quotes = append(in.Quotes, prompts.Quote{Speaker: qt.Speaker, Text: qt.Text, Paragraphs: ps})
		}
	}
	return in
}

// mentionedEntities returns the entities whose name, an alias or (for a
// person) surname appears as whole words in text.
func mentionedEntities(a *Article, text string) []Entity {
	t := " " + strings.Join(words(text), " ") + " "
	var out []Entity
	for _, e := range a.Entities {
		names := append([]string{e.Name}, e.Aliases...)
		if f := strings.Fields(e.Name); e.Kind == Person && len(f) > 1 {
			names = append(names, f[len(f)-1])
		}
		for _, n := range names {
			w := strings.Join(words(n), " ")
			if w != "" && strings.Contains(t, " "+w+" ") {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// relevantParagraphs returns the paragraphs to show the model, in article
// order: all of a short article, else those sharing most terms with the
// question (entities it names count double).
func relevantParagraphs(a *Article, question string, ents []Entity) []Paragraph {
	if len(a.Paragraphs) <= allParagraphsUpTo {
		return a.Paragraphs
	}
	qterms := wordSet(question)
	score := make(map[int]int, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		score[p.N] = overlap(qterms, wordSet(p.Text))
	}
	for _, e := range ents {
		for _, n := range e.Paragraphs {
			score[n] += 2
		}
	}
	ps := append([]Paragraph(nil), a.Paragraphs...)
	sort.SliceStable(ps, func(i, j int) bool { return score[ps[i].N] > score[ps[j].N] })
	ps = ps[:topParagraphs]
	sort.Slice(ps, func(i, j int) bool { return ps[i].N < ps[j].N })
	return ps
}

// stopWords are left out of term overlap.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an and are as at be been but by did do does for from had has have he her his
		how i in is it its of on or she so that the their them there they this to was were what when where which
		who whom whose why will with would about after also any can could into more not said says say than then
		these those than us we you your`) {
		stopWords[w] = true
	}
}

// wordSet returns the set of s's content words, crudely stemmed.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(s) {
		if stopWords[w] || len(w) < 2 {
			continue
		}
		w = strings.TrimSuffix(w, "'s")
		if len(w) > 4 {
			w = strings.TrimSuffix(w, "s")
		}
		out[w] = true
	}
	return out
}

func overlap(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}
