package knowledge

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"storybot/prompts"
)

// Completer is what the model answerer needs of a language model: one chat
// completion. Package llm implements it over the OpenAI API; tests may
// implement it directly.
type Completer interface {
	// Complete sends req and returns the reply's text. When req.Stream is
	// set it is called with each piece of the reply as it arrives. A failed
	// call returns a *CallError whose Reason says why.
	Complete(ctx context.Context, req Completion) (string, error)
}

// Completion is one request to a model.
type Completion struct {
	System string // the system prompt
	User   string // the user prompt
	// Schema, when set, asks for a reply in that JSON shape (structured
	// output); a client whose server cannot do it sends plain text.
	// Clients ignore it when streaming.
	Schema *Schema
	// Stream, when set, receives the reply piece by piece.
	Stream func(delta string)
}

// Schema is a JSON schema for structured output.
type Schema struct {
	Name string // a short identifier, e.g. "cited_answer"
	JSON []byte // the JSON schema document
}

// CallError is a failed model call. Reason is short and safe to show an
// operator as Answer.FallbackReason ("timeout", "model error: 500",
// "breaker open"); Err, when set, is the underlying error, for the log.
type CallError struct {
	Reason string
	Err    error
}

// Error returns the reason, and the underlying error when there is one.
func (e *CallError) Error() string {
	if e.Err != nil {
		return e.Reason + ": " + e.Err.Error()
	}
	return e.Reason
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *CallError) Unwrap() error { return e.Err }

// ModelConfig configures a Model answerer.
type ModelConfig struct {
	Model string // the model's name, reported in Answer.Model
	// Structured asks the model for structured output (each claim with its
	// paragraphs and the exact supporting words) when not streaming; set it
	// only for servers that support response_format with a JSON schema.
	// Replies in plain text are still accepted.
	Structured bool
	// Observer, when set, is told of answers rejected by verification, for
	// metrics; *metrics.Metrics has it.
	Observer ModelObserver
}

// ModelObserver receives a model's failures, for metrics. Its methods must
// be safe for concurrent use and fast.
type ModelObserver interface {
	// ModelError counts one failed model call; rateLimited for HTTP 429.
	ModelError(rateLimited bool)
	// VerificationFailed counts one model answer rejected by verification.
	VerificationFailed()
}

// nopModelObserver observes nothing; it stands in for a nil Observer.
type nopModelObserver struct{}

func (nopModelObserver) ModelError(bool)     {}
func (nopModelObserver) VerificationFailed() {}

// Model answers with a language model, verifies the answer against the
// article claim by claim, and falls back to another answerer (the lookup)
// whenever the model fails or its answer does not verify. It is safe for
// concurrent use.
type Model struct {
	cfg      ModelConfig
	llm      Completer
	article  *Article
	fallback Answerer
	log      *slog.Logger
	ver      *verifier
	system   string
	schema   *Schema
}

// NewModel returns a Model answerer over a that asks c and falls back to
// fallback (normally the lookup answerer, lookup.New). It fails when the client, model name,
// article or fallback is missing.
func NewModel(c Completer, cfg ModelConfig, a *Article, fallback Answerer, log *slog.Logger) (*Model, error) {
	if c == nil {
		return nil, errors.New("model answerer: no model client")
	}
	if cfg.Model == "" {
		return nil, errors.New("model answerer: no model name")
	}
	if a == nil || fallback == nil {
		return nil, errors.New("model answerer: needs an article and a fallback answerer")
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
		llm:      c,
		article:  a,
		fallback: fallback,
		log:      log.With("model", cfg.Model),
		ver:      newVerifier(a),
		system:   system,
	}
	if cfg.Structured {
		m.schema = &Schema{Name: prompts.AnswerSchemaName, JSON: prompts.AnswerSchema()}
	}
	return m, nil
}

// Name returns the model's name.
func (m *Model) Name() string { return m.cfg.Model }

// Answer implements Answerer. It returns ErrEmptyQuestion and
// ErrQuestionTooLong from the fallback's checks. Otherwise it returns the
// verified model answer (Mode "model"), or the fallback's answer with
// FallbackReason saying why the model's was not used ("verification: claim
// 2: number "30" not in ¶6", "timeout", …); it fails only when the
// fallback fails too.
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

	user, err := prompts.Answer(m.input(q))
	if err != nil {
		return fall("prompt: " + err.Error())
	}
	req := Completion{System: m.system, User: user, Schema: m.schema}
	var p *progress
	if q.Progress != nil {
		p = newProgress(m.ver, q.Text, q.Progress)
		var b strings.Builder
		req.Stream = func(delta string) {
			b.WriteString(delta)
			p.update(b.String(), false)
		}
		req.Schema = nil // what streams is shown: plain text, checked claim by claim
	}
	start := time.Now()
	raw, err := m.llm.Complete(ctx, req)
	if err != nil {
		reason := "model error"
		var ce *CallError
		if errors.As(err, &ce) {
			reason = ce.Reason
		}
		if ctx.Err() != nil {
			reason = "cancelled"
		}
		return fall(reason, "error", clipRunes(err.Error(), 300), "elapsed", time.Since(start).Round(time.Millisecond))
	}
	if p != nil {
		p.update(raw, true)
	}

	var v verdict
	if claims, ok := parseStructured(raw); ok {
		v = m.ver.checkStructured(q.Text, claims)
	} else if p != nil {
		v = p.verdict() // every claim was checked as it streamed
	} else {
		v = m.ver.check(q.Text, raw)
	}
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
	m.log.Info("model answer used", "found", ans.Found, "citations", len(ans.Citations), "elapsed", time.Since(start).Round(time.Millisecond))
	return ans, nil
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
	from    int       // where the next claim starts in the partial text
	scan    claimScan // how far the claim starting at from has been scanned
	shown   strings.Builder
	last    string
	stopped bool
	reason  string // why it stopped
}

// newProgress starts passing a streamed reply to question on to f.
func newProgress(v *verifier, question string, f func(string)) *progress {
	return &progress{f: f, c: v.newClaimChecker(question), v: v}
}

// verdict is the whole reply's verdict once update has seen it final: the
// same as check's, without checking any claim twice.
func (p *progress) verdict() verdict {
	if p.stopped {
		return verdict{reason: p.reason}
	}
	return p.c.verdict(strings.TrimSpace(p.shown.String()))
}

// update takes the whole text so far; final says no more will come.
func (p *progress) update(partial string, final bool) {
	if p.stopped {
		return
	}
	for {
		end := p.scan.end(partial, final)
		if end < 0 || end <= p.from {
			break
		}
		seg := partial[p.from:end]
		p.from = end
		p.scan = claimScan{pos: end}
		if r := p.c.add(seg); r != "" {
			p.stopped, p.reason = true, r
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
