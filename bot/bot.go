package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"storybot/knowledge"
)

// Slack is what the bot needs of Slack's Web API. *slack.Client has it.
type Slack interface {
	PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
	UpdateMessageContext(ctx context.Context, channelID, timestamp string, options ...slack.MsgOption) (string, string, string, error)
	PostEphemeralContext(ctx context.Context, channelID, userID string, options ...slack.MsgOption) (string, error)
}

// Acker acknowledges socket-mode envelopes. *socketmode.Client has it.
type Acker interface {
	AckCtx(ctx context.Context, envelopeID string, payload any) error
}

// Observer receives the bot's operational events, for metrics and health.
// *metrics.Metrics implements it; all methods must be safe for concurrent
// use and fast.
type Observer interface {
	// EventReceived counts one socket-mode event or inner event by type
	// ("events_api", "app_mention", "message", "slash_commands", …).
	EventReceived(kind string)
	// Answered records one answer to a question: its mode, whether the
	// article covered it, whether a model fell back to lookup, and how long
	// answering took.
	Answered(mode string, found, fallback bool, d time.Duration)
	// SlackError counts one failed Web API call; rateLimited for HTTP 429.
	SlackError(method string, rateLimited bool)
	// SetConnected records whether the socket-mode link is up.
	SetConnected(up bool)
}

type nopObserver struct{}

func (nopObserver) EventReceived(string)                       {}
func (nopObserver) Answered(string, bool, bool, time.Duration) {}
func (nopObserver) SlackError(string, bool)                    {}
func (nopObserver) SetConnected(bool)                          {}

// Defaults for Config fields left zero.
const (
	// DefaultWorkers bounds answers in parallel when they wait on a model
	// (Config.Streaming): that work is I/O-bound.
	DefaultWorkers         = 16
	DefaultShutdownTimeout = 10 * time.Second
	DefaultDedupeTTL       = time.Hour // Slack retries within minutes
	DefaultMaxAttempts     = 5
	// DefaultSlashBudget is how long a slash command's response may take
	// and still go back as the ack's payload; Slack wants the ack within 3 s.
	DefaultSlashBudget = 2 * time.Second
	// maxAckPayload keeps an ack's payload under slack-go's 20 KB limit.
	maxAckPayload = 19 << 10
	// ackLead is how long an answer waits after its envelope's ack was
	// queued: slack-go writes acks from its own goroutine, and the ack
	// usually reaches Slack before the reply does. Usually, not always:
	// slack-go does not say when an ack is written, and the reply goes on
	// another connection. Slack requires only that the ack comes within
	// 3 s, which it does because it never waits for the answer.
	ackLead = 10 * time.Millisecond
	// updateEvery bounds how often a streaming answer edits its message.
	updateEvery = time.Second
)

// Config is what a Bot needs. Answerer and Slack are required.
type Config struct {
	Answerer  knowledge.Answerer
	Article   *knowledge.Article // for help examples, /timeline and /quote; may be nil
	Slack     Slack
	BotUserID string // the bot's own user id, from auth.test; its messages are ignored
	Logger    *slog.Logger

	// Deduper remembers answered messages; nil means a MemoryDeduper.
	Deduper Deduper
	// Queue, when set, keeps each accepted question until it is answered:
	// it is added before its envelope is acked and taken from the Queue to
	// be answered, so that a replica that dies loses none (see RedisQueue).
	// nil answers in process: a replica killed mid-answer loses the
	// questions it holds.
	Queue     Queue
	DedupeTTL time.Duration // default DefaultDedupeTTL

	// Streaming posts a placeholder at once and edits it as a model's
	// answer arrives (knowledge.Question.Progress), then replaces it with
	// the verified answer. cmd/bot sets it when a model is configured.
	Streaming bool

	// Workers bounds answers in parallel. Default: DefaultWorkers when
	// Streaming (answers wait on a model); otherwise twice GOMAXPROCS, since
	// lookup answers are CPU-bound and more workers than that only slow the
	// acks slack-go writes from its own goroutines.
	Workers         int
	ShutdownTimeout time.Duration // bound on finishing answers after ctx ends; default DefaultShutdownTimeout
	MaxAttempts     int           // attempts of a Web API call that fails with a 429 or transiently; default DefaultMaxAttempts
	RetryBase       time.Duration // first back-off after a transient failure, doubling; default DefaultRetryBase
	RetryMax        time.Duration // longest back-off; default DefaultRetryMax
	SlashBudget     time.Duration // wait for a slash command's response before acking without it; default DefaultSlashBudget
	HTTPClient      *http.Client  // for response_url posts; default http.DefaultClient
	Observer        Observer      // metrics and health; nil means none

	// FeedbackFile receives one JSON line per 👍 / 👎 vote (see Feedback);
	// "" records votes in the log only.
	FeedbackFile string
	// AnsweredBy says on the App Home tab how questions are answered now,
	// e.g. "gpt-4.1-mini, checked against the article"; default
	// DefaultAnsweredBy.
	AnsweredBy string
	// BotID is the bot's bot id (auth.test's bot_id), to know its own
	// replies in a thread's history when they carry no user; may be "".
	BotID string

	// OnTokenError, when set, is told of a Web API call that Slack refused
	// because of the token itself (invalid_auth, token_revoked,
	// account_inactive, missing_scope, not_allowed_token_type, …), which no
	// retry cures; cmd/bot stops the bot. It must be safe for concurrent use.
	OnTokenError func(method string, err error)
}

// Bot handles socket-mode events: it acks each envelope at once (with a
// Queue, as soon as the Queue holds its question), then answers mentions,
// direct messages, slash commands and clicks on one bounded worker pool,
// each message once.
type Bot struct {
	cfg Config
	log *slog.Logger
	sem chan struct{}
	wg  sync.WaitGroup
	ext extras // App Home, feedback, thread memory
}

// New returns a Bot. It fails when Answerer or Slack is missing.
func New(cfg Config) (*Bot, error) {
	if cfg.Answerer == nil || cfg.Slack == nil {
		return nil, errors.New("bot: Config needs an Answerer and a Slack client")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Deduper == nil {
		cfg.Deduper = &MemoryDeduper{}
	}
	if cfg.DedupeTTL <= 0 {
		cfg.DedupeTTL = DefaultDedupeTTL
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 2 * runtime.GOMAXPROCS(0)
		if cfg.Streaming {
			cfg.Workers = DefaultWorkers
		}
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = DefaultShutdownTimeout
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = DefaultMaxAttempts
	}
	if cfg.RetryBase <= 0 {
		cfg.RetryBase = DefaultRetryBase
	}
	if cfg.RetryMax < cfg.RetryBase {
		cfg.RetryMax = max(DefaultRetryMax, cfg.RetryBase)
	}
	if cfg.SlashBudget <= 0 || cfg.SlashBudget > 2500*time.Millisecond {
		cfg.SlashBudget = DefaultSlashBudget
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = http.DefaultClient
	}
	if cfg.Observer == nil {
		cfg.Observer = nopObserver{}
	}
	return &Bot{cfg: cfg, log: cfg.Logger, sem: make(chan struct{}, cfg.Workers)}, nil
}

// Run reads events until ctx ends, acking each envelope before any work
// and answering in the background. When ctx ends it stops reading (so
// envelopes that arrive later are not acked and Slack redelivers them to
// another connection), lets answers in flight finish within
// Config.ShutdownTimeout, and returns nil. It returns early, with nil, if
// events is closed.
func (b *Bot) Run(ctx context.Context, events <-chan socketmode.Event, acker Acker) error {
	// Answers outlive ctx by up to ShutdownTimeout.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	consumed := make(chan struct{})
	qctx, stopQueue := context.WithCancel(ctx)
	defer stopQueue()
	if b.cfg.Queue != nil {
		go func() { defer close(consumed); b.consume(qctx, work) }()
	} else {
		close(consumed)
	}
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case evt, ok := <-events:
			if !ok {
				break loop
			}
			if ctx.Err() != nil {
				break loop // shutdown began: leave it unacked
			}
			b.Handle(ctx, work, evt, acker)
		}
	}
	stopQueue()
	<-consumed // no more questions from the Queue
	done := make(chan struct{})
	go func() { b.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(b.cfg.ShutdownTimeout):
		b.log.Warn("shutdown deadline passed; abandoning answers in flight", "timeout", b.cfg.ShutdownTimeout)
		cancelWork()
		<-done
	}
	return nil
}

// Handle deals with one socket-mode event: it acks the envelope (slash
// commands are acked with their response when it is ready within Slack's
// 3 s), and schedules any answer on work. ctx bounds the ack.
func (b *Bot) Handle(ctx, work context.Context, evt socketmode.Event, acker Acker) {
	obs := b.cfg.Observer
	switch evt.Type {
	case socketmode.EventTypeEventsAPI, socketmode.EventTypeSlashCommand, socketmode.EventTypeInteractive:
		obs.EventReceived(string(evt.Type))
	case socketmode.EventTypeErrorBadMessage:
		obs.EventReceived("bad_message")
	case socketmode.EventTypeConnected, socketmode.EventTypeHello:
		obs.SetConnected(true)
	case socketmode.EventTypeConnecting, socketmode.EventTypeConnectionError, socketmode.EventTypeInvalidAuth:
		obs.SetConnected(false)
	}
	switch evt.Type {
	case socketmode.EventTypeEventsAPI:
		// Acked once its question, if any, is scheduled: with a Queue, only
		// once the Queue has it.
		defer b.ack(ctx, acker, evt.Request, nil)
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			b.log.Warn("events_api envelope without an event", "envelope_id", envelopeID(evt.Request))
			return
		}
		b.onEventsAPI(work, ev, evt.Request)
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok {
			b.ack(ctx, acker, evt.Request, nil)
			return
		}
		b.onSlash(ctx, work, cmd, evt.Request, acker)
	case socketmode.EventTypeInteractive:
		b.ack(ctx, acker, evt.Request, nil)
		if cb, ok := evt.Data.(slack.InteractionCallback); ok {
			b.onInteraction(work, cb)
		}
	case socketmode.EventTypeErrorBadMessage:
		// slack-go could not parse it: ack it if it has an envelope id, so
		// Slack does not redeliver junk, and move on.
		var id string
		if bad, ok := evt.Data.(*socketmode.ErrorBadMessage); ok {
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			_ = json.Unmarshal(bad.Message, &env)
			id = env.EnvelopeID
			b.log.Warn("malformed or unknown envelope ignored", "envelope_id", id, "err", bad.Cause)
		}
		if id != "" {
			b.ack(ctx, acker, &socketmode.Request{EnvelopeID: id}, nil)
		}
	case socketmode.EventTypeConnecting:
		b.log.Debug("connecting to Slack")
	case socketmode.EventTypeConnected:
		b.log.Info("connected to Slack")
	case socketmode.EventTypeHello:
		b.log.Debug("hello from Slack")
	case socketmode.EventTypeConnectionError:
		b.log.Warn("connection to Slack failed; retrying", "err", connErr(evt.Data))
	case socketmode.EventTypeInvalidAuth:
		b.log.Error("Slack rejected the app token")
	case socketmode.EventTypeIncomingError:
		b.log.Warn("error reading from Slack", "err", connErr(evt.Data))
	case socketmode.EventTypeErrorWriteFailed:
		b.log.Warn("could not write an ack to Slack", "envelope_id", writeFailedID(evt.Data))
	default:
		if evt.Request != nil && evt.Request.EnvelopeID != "" {
			b.ack(ctx, acker, evt.Request, nil)
		}
		b.log.Info("event ignored", "type", string(evt.Type))
	}
}

func connErr(data any) error {
	switch d := data.(type) {
	case *slack.ConnectionErrorEvent:
		return d.ErrorObj
	case *slack.IncomingEventError:
		return d.ErrorObj
	}
	return nil
}

func writeFailedID(data any) string {
	if d, ok := data.(*socketmode.ErrorWriteFailed); ok && d.Response != nil {
		return d.Response.EnvelopeID
	}
	return ""
}

func envelopeID(r *socketmode.Request) string {
	if r == nil {
		return ""
	}
	return r.EnvelopeID
}

// ack acknowledges req, with payload when it is not nil.
func (b *Bot) ack(ctx context.Context, acker Acker, req *socketmode.Request, payload any) {
	if req == nil || req.EnvelopeID == "" {
		return
	}
	if err := acker.AckCtx(ctx, req.EnvelopeID, payload); err != nil {
		b.log.Warn("ack failed", "envelope_id", req.EnvelopeID, "err", err)
	}
}

// incoming is a user's message the bot may answer.
type incoming struct {
	channel  string
	user     string
	text     string
	ts       string
	threadTS string
	dm       bool
	kind     string // app_mention or message
	retry    int
	team     string // the workspace of the event, for native streams outside DMs
	// recheck: another replica may have answered it already (a question
	// claimed from the stream), so read the thread before each post.
	recheck bool
	deduped bool // its exactly-once key was taken before it was queued

	followUp  bool             // a thread reply without a mention: answered only in a thread begun with one
	assistant bool             // in an assistant thread (a direct message's thread)
	history   []knowledge.Turn // the thread's earlier turns, oldest first
}

// onEventsAPI filters an inner event and schedules its answer.
func (b *Bot) onEventsAPI(work context.Context, ev slackevents.EventsAPIEvent, req *socketmode.Request) {
	var in incoming
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if b.fromBot(e.User, e.BotID, "") {
			return
		}
		in = incoming{channel: e.Channel, user: e.User, text: e.Text, ts: e.TimeStamp, threadTS: e.ThreadTimeStamp, kind: "app_mention"}
	case *slackevents.MessageEvent:
		if b.fromBot(e.User, e.BotID, e.SubType) {
			return
		}
		switch e.SubType {
		case "", "thread_broadcast", "file_share":
		default:
			return // edits, deletions, joins: not questions
		}
		in = incoming{channel: e.Channel, user: e.User, text: e.Text, ts: e.TimeStamp, threadTS: e.ThreadTimeStamp, kind: "message"}
		switch {
		case e.ChannelType == "im" || e.ChannelType == "" && strings.HasPrefix(e.Channel, "D"):
			in.dm = true
			in.assistant = in.inThread() // the assistant panel keeps each conversation in a thread
		case mentions(e.Text, b.cfg.BotUserID):
			// The same message as an app_mention; dedupe keeps one.
		case in.inThread() && inChannel(e.ChannelType, e.Channel) && !b.addressedToOthers(e.Text):
			in.followUp = true // answered if the thread began with a mention; see threadContext
		default:
			return
		}
	case *slackevents.AppHomeOpenedEvent:
		b.cfg.Observer.EventReceived(ev.InnerEvent.Type)
		b.onHomeOpened(work, e)
		return
	case *slackevents.AssistantThreadStartedEvent:
		b.cfg.Observer.EventReceived(ev.InnerEvent.Type)
		b.onAssistantThreadStarted(work, e)
		return
	default:
		b.cfg.Observer.EventReceived(ev.InnerEvent.Type)
		b.log.Debug("inner event ignored", "type", ev.InnerEvent.Type)
		return
	}
	b.cfg.Observer.EventReceived(in.kind)
	if in.ts == "" {
		in.ts = eventTS(ev.InnerEvent.Data)
	}
	if in.channel == "" || in.ts == "" {
		b.log.Warn("message event without channel or ts ignored", "type", in.kind)
		return
	}
	if req != nil {
		in.retry = req.RetryAttempt
	}
	in.team = ev.TeamID
	if b.cfg.Queue != nil {
		b.enqueue(work, in)
		return
	}
	b.submitMessage(work, in)
}

// submitMessage answers in on the pool, apologising in its thread if
// answering panics.
func (b *Bot) submitMessage(work context.Context, in incoming) {
	b.submit(work, job{
		kind: "message",
		// The ack was queued before this job was; give slack-go's writer a
		// head start (see ackLead).
		lead:      ackLead,
		run:       func(ctx context.Context) { b.answerMessage(ctx, in) },
		apologise: func(ctx context.Context) { b.answerPanicked(ctx, in) },
		abandoned: func() { b.log.Warn("answer abandoned at shutdown", "channel", in.channel, "ts", in.ts) },
	})
}

// eventTS is an event's event_ts, for the rare event without ts.
func eventTS(data any) string {
	switch e := data.(type) {
	case *slackevents.AppMentionEvent:
		return e.EventTimeStamp
	case *slackevents.MessageEvent:
		return e.EventTimeStamp
	}
	return ""
}

// fromBot reports whether a message was written by this bot or any other
// (no loops).
func (b *Bot) fromBot(user, botID, subtype string) bool {
	return botID != "" || subtype == "bot_message" || (user != "" && user == b.cfg.BotUserID)
}

// answerMessage answers a mention or direct message once.
func (b *Bot) answerMessage(ctx context.Context, in incoming) {
	key := dedupeKey(in)
	var err error
	if !in.deduped && !b.firstSeen(ctx, in) {
		return
	}
	thread := in.threadTS
	if thread == "" && !in.dm {
		thread = in.ts
	}
	q := plainQuestion(in.text, b.cfg.BotUserID)
	if in.assistant {
		defer b.assistantBusy(ctx, in)()
	}
	if !b.threadContext(ctx, &in, q) {
		return
	}
	b.log.Debug("question", "channel", in.channel, "ts", in.ts, "text", q, "history", len(in.history))

	var parts []part
	switch speaker, ok := quoteRequest(q); {
	case isHelp(q):
		parts = b.helpParts()
	case in.dm && ok:
		parts = quotationParts(b.cfg.Article, speaker)
	case in.dm && isTimeline(q):
		parts = timelineParts(b.cfg.Article)
	default:
		err = b.answerQuestion(ctx, in, thread, q)
	}
	if parts != nil {
		err = b.postAll(ctx, in, thread, "", pack(parts))
	}
	if err != nil {
		b.answerLost(ctx, in, key, err)
	}
}

// dedupeKey is the exactly-once key of a message.
func dedupeKey(in incoming) string { return "msg:" + in.channel + ":" + in.ts }

// firstSeen reports whether in is new, marking it seen; it answers true
// when the store cannot be asked (better twice than never).
func (b *Bot) firstSeen(ctx context.Context, in incoming) bool {
	first, err := b.cfg.Deduper.FirstSeen(ctx, dedupeKey(in), b.cfg.DedupeTTL)
	if err != nil {
		b.log.Warn("dedupe store unavailable; answering anyway", "err", err)
		return true
	}
	if !first {
		b.log.Info("duplicate delivery ignored", "channel", in.channel, "ts", in.ts, "kind", in.kind, "retry_attempt", in.retry)
	}
	return first
}

// answerQuestion asks the answerer and posts the reply, streaming it
// when configured: natively (chat.startStream) where Slack allows it, else
// by posting a placeholder and editing it. It fails when the reply could
// not be posted.
func (b *Bot) answerQuestion(ctx context.Context, in incoming, thread, q string) error {
	start := time.Now()
	var (
		ns *nativeStream
		st *streamer
	)
	if b.cfg.Streaming {
		ns = b.startStream(ctx, in, thread)
		if ns == nil {
			tag := answerTag{channel: in.channel, ts: in.ts, part: 1}
			if ts, err := b.deliver(ctx, in.channel, thread, tag, pack(placeholder)[0], in.recheck); err == nil {
				st = b.newStreamer(ctx, in.channel, ts)
			} else {
				b.log.Warn("could not post placeholder", "channel", in.channel, "err", err)
			}
		}
	}
	question := knowledge.Question{Text: q, History: in.history}
	switch {
	case ns != nil:
		question.Progress = ns.progress
	case st != nil:
		question.Progress = st.progress
	}
	ans, err := b.cfg.Answerer.Answer(ctx, question)
	placeholderTS := ""
	if st != nil {
		st.stop()
		placeholderTS = st.ts
	}
	if err == nil {
		b.cfg.Observer.Answered(ans.Mode, ans.Found, ans.FallbackReason != "", time.Since(start))
	}
	if ns != nil {
		b.finishStream(ctx, ns, in, thread, q, ans, err)
	} else {
		parts := b.answerOrError(ans, err, in.channel, in.ts)
		if err == nil {
			parts = append(parts, b.votePart(q, ans))
		}
		if perr := b.postAll(ctx, in, thread, placeholderTS, pack(parts)); perr != nil {
			return perr
		}
	}
	if err == nil {
		b.log.Info("answered", "channel", in.channel, "ts", in.ts, "kind", in.kind, "mode", ans.Mode,
			"found", ans.Found, "citations", len(ans.Citations), "streamed", ns != nil, "ms", time.Since(start).Milliseconds())
	}
	return nil
}

// answerOrError renders an answer, or what to tell the user about err.
func (b *Bot) answerOrError(ans knowledge.Answer, err error, channel, ts string) []part {
	switch {
	case err == nil:
		return answerParts(ans)
	case errors.Is(err, knowledge.ErrEmptyQuestion):
		return b.helpParts()
	case errors.Is(err, knowledge.ErrQuestionTooLong):
		return textParts(fmt.Sprintf("That question is too long for me; please keep it under %d characters.", knowledge.MaxQuestionBytes))
	default:
		b.log.Error("answering failed", "channel", channel, "ts", ts, "err", err)
		return textParts(sorry)
	}
}

func msgOptions(m message) []slack.MsgOption {
	return []slack.MsgOption{
		slack.MsgOptionText(m.text, false),
		slack.MsgOptionBlocks(m.blocks...),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
	}
}

// tokenCodes are Slack's answers that blame the token itself.
var tokenCodes = map[string]bool{
	"invalid_auth": true, "not_authed": true, "token_revoked": true, "token_expired": true,
	"account_inactive": true, "missing_scope": true, "not_allowed_token_type": true,
}

// tokenError tells Config.OnTokenError when err blames the token.
func (b *Bot) tokenError(method string, err error) {
	var apiErr slack.SlackErrorResponse
	if b.cfg.OnTokenError != nil && errors.As(err, &apiErr) && tokenCodes[apiErr.Err] {
		b.cfg.OnTokenError(method, err)
	}
}
