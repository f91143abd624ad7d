package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"storybot/knowledge"
)

// Streamer is what native streaming needs of Slack's Web API:
// chat.startStream, chat.appendStream and chat.stopStream. *slack.Client
// has it; when Config.Slack lacks it, model answers stream by editing a
// posted message instead.
type Streamer interface {
	StartStreamContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
	AppendStreamContext(ctx context.Context, channelID, timestamp string, options ...slack.MsgOption) (string, string, error)
	StopStreamContext(ctx context.Context, channelID, timestamp string, options ...slack.MsgOption) (string, string, error)
}

// How this process streams answers, decided by Slack's first answer to
// chat.startStream and kept for the life of the process.
const (
	streamUntried int32 = iota // not tried yet: try it
	streamNative               // Slack streamed an answer
	streamRefused              // Slack refused: post and update instead
)

const (
	// appendEvery bounds how often a native stream is appended to (Slack
	// rate-limits chat.appendStream; each append carries all new text).
	appendEvery = 250 * time.Millisecond
	// maxStreamText keeps one markdown chunk under Slack's 12,000
	// characters for markdown_text.
	maxStreamText = 11000
	// Task ids of the steps a streamed answer shows.
	taskFind  = "find"
	taskCheck = "check"
)

// streamState is the per-process decision on native streaming.
type streamState struct {
	mode atomic.Int32
	once sync.Once // logs the decision once
}

// refusals are the errors by which Slack says that this workspace, plan,
// app or token cannot stream at all, as opposed to a failure of one call.
var refusals = map[string]bool{
	"unknown_method":         true,
	"not_allowed":            true,
	"not_allowed_token_type": true,
	"missing_scope":          true,
	"no_permission":          true,
	"feature_not_enabled":    true,
	"team_not_allowed":       true,
	"access_denied":          true,
}

// refused reports whether err is Slack refusing streaming for good.
func refused(err error) bool {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		return refusals[se.Err]
	}
	return refusals[err.Error()]
}

// streamer returns Config.Slack as a Streamer, unless it is not one or
// Slack has refused streaming in this process.
func (b *Bot) streamer() (Streamer, bool) {
	s, ok := b.cfg.Slack.(Streamer)
	if !ok || b.ext.stream.mode.Load() == streamRefused {
		return nil, false
	}
	return s, true
}

// decideStream records Slack's verdict on native streaming, logging once
// which way answers will be delivered.
func (b *Bot) decideStream(err error) {
	if err == nil {
		if b.ext.stream.mode.CompareAndSwap(streamUntried, streamNative) {
			b.ext.stream.once.Do(func() { b.log.Info("answers stream natively", "method", "chat.startStream") })
		}
		return
	}
	b.ext.stream.mode.Store(streamRefused)
	b.ext.stream.once.Do(func() {
		b.log.Warn("Slack refused native streaming; answers are posted and updated instead for the life of the process",
			"method", "chat.startStream", "err", err)
	})
}

// nativeStream is one answer streamed with chat.startStream: it appends
// verified text as it arrives and shows the steps as task cards.
type nativeStream struct {
	b       *Bot
	api     Streamer
	ctx     context.Context
	channel string
	ts      string
	in      incoming // the question, for follow-up messages' delivery tags

	th      *throttle
	sent    string // the text already appended (only the throttle's goroutine, then finish, touch it)
	checkAs string // the check task's title as last sent
	found   bool   // the "finding passages" task is complete
}

// startStream starts a native stream for in's answer, or returns nil when
// this process does not stream natively (Slack refused, or the client
// cannot) or Slack did not start this one; the caller then posts and
// updates. Slack streams only in threads: in a direct message the stream
// goes in the question's thread.
func (b *Bot) startStream(ctx context.Context, in incoming, thread string) *nativeStream {
	if _, ok := b.streamer(); !ok {
		return nil
	}
	ns, err := b.startNative(ctx, in, streamThread(in, thread))
	if err != nil && !refused(err) {
		b.log.Warn("could not start a native stream; posting and updating this answer", "channel", in.channel, "err", err)
	}
	return ns
}

// streamThread is the thread a native stream goes in: the reply's thread,
// or the question itself when the reply would be top-level (a DM).
func streamThread(in incoming, thread string) string {
	if thread != "" {
		return thread
	}
	return in.ts
}

// finishStream ends ns with the answer, or with what to tell the user
// about err.
func (b *Bot) finishStream(ctx context.Context, ns *nativeStream, in incoming, thread, q string, ans knowledge.Answer, err error) {
	var ferr error
	if err == nil {
		ferr = ns.finish(ctx, streamThread(in, thread), ans, append(answerTail(ans), b.votePart(q, ans)))
	} else {
		parts := b.answerOrError(ans, err, in.channel, in.ts)
		ferr = ns.fail(ctx, streamThread(in, thread), parts)
	}
	if ferr != nil {
		b.log.Error("finishing the streamed answer failed", "channel", in.channel, "err", ferr)
	}
}

// startNative starts a stream in thread for in's asker. Outside direct
// messages Slack requires the recipient user and team. It returns nil and
// the error when Slack does not start one; a refusal is remembered.
func (b *Bot) startNative(ctx context.Context, in incoming, thread string) (*nativeStream, error) {
	api, ok := b.streamer()
	if !ok {
		return nil, errors.New("native streaming off")
	}
	opts := []slack.MsgOption{
		slack.MsgOptionTS(thread),
		slack.MsgOptionTaskDisplayMode(slack.TaskDisplayModeTimeline),
		slack.MsgOptionChunks(task(taskFind, "Finding passages", slack.TaskCardStatusInProgress, "")),
	}
	if !in.dm {
		opts = append(opts, slack.MsgOptionRecipientUserID(in.user), slack.MsgOptionRecipientTeamID(in.team))
	}
	var ts string
	err := b.retry(ctx, "chat.startStream", func() error {
		var err error
		_, ts, err = api.StartStreamContext(ctx, in.channel, opts...)
		return err
	})
	if err != nil {
		if refused(err) {
			b.decideStream(err)
		}
		return nil, err
	}
	b.decideStream(nil)
	s := &nativeStream{b: b, api: api, ctx: ctx, channel: in.channel, ts: ts, in: in}
	s.th = startThrottle(appendEvery, s.appendLatest)
	return s, nil
}

// task is a task_update chunk.
func task(id, title string, status slack.TaskCardStatus, details string) slack.TaskUpdateChunk {
	t := slack.NewTaskUpdateChunk(id, title)
	t.Status, t.Details = status, details
	return t
}

// progress is the knowledge.Question.Progress callback: partial is the
// answer so far, verified up to its last citation. It never blocks.
func (s *nativeStream) progress(partial string) { s.th.progress(partial) }

// appendLatest appends the verified text not yet sent, with the steps'
// progress. One attempt: the next append or the stop carries what a lost
// one did not.
func (s *nativeStream) appendLatest(latest string) {
	delta, ok := strings.CutPrefix(latest, s.sent)
	if !ok || strings.TrimSpace(delta) == "" {
		return
	}
	var chunks []slack.StreamChunk
	if !s.found {
		chunks = append(chunks, task(taskFind, "Finding passages", slack.TaskCardStatusComplete, ""))
	}
	if title := checkTitle("Checking", latest); title != s.checkAs {
		chunks = append(chunks, task(taskCheck, title, slack.TaskCardStatusInProgress, ""))
	}
	chunks = append(chunks, slack.NewMarkdownTextChunk(streamText(delta)))
	if _, _, err := s.api.AppendStreamContext(s.ctx, s.channel, s.ts, slack.MsgOptionChunks(chunks...)); err != nil {
		s.b.cfg.Observer.SlackError("chat.appendStream", false)
		s.b.log.Debug("stream append failed", "channel", s.channel, "err", err)
		return
	}
	s.sent, s.found, s.checkAs = latest, true, checkTitle("Checking", latest)
}

// stop ends the appends and waits for one in flight, so that finish's
// chat.stopStream is the stream's last call.
func (s *nativeStream) stop() { s.th.stop() }

// finish stops the stream with the rest of the verified answer (or, when
// the model's answer failed, the article's answer after a step saying
// so), and blocks for the cited passages, how it was answered and the
// feedback buttons. Parts that do not fit one message follow as replies
// in thread.
func (s *nativeStream) finish(ctx context.Context, thread string, ans knowledge.Answer, tail []part) error {
	s.stop()
	chunks := []slack.StreamChunk{task(taskFind, "Finding passages", slack.TaskCardStatusComplete, "")}
	text := ans.Text
	if strings.TrimSpace(text) == "" {
		text = "The article does not say."
	}
	switch {
	case ans.Mode == knowledge.ModeModel:
		chunks = append(chunks, task(taskCheck, checkTitle("Checked", text), slack.TaskCardStatusComplete, ""))
	case ans.FallbackReason != "":
		title, status := "Model unavailable — answering from the article", slack.TaskCardStatusComplete
		if strings.HasPrefix(ans.FallbackReason, "verification") {
			title, status = "Model answer failed a check — answering from the article", slack.TaskCardStatusError
		}
		chunks = append(chunks, task(taskCheck, title, status, clip(ans.FallbackReason, 200)))
	}
	rest, ok := strings.CutPrefix(text, s.sent)
	if !ok { // the model's text was dropped: the article's answer follows it
		rest = "\n\n" + text
	}
	if utf8.RuneCountInString(rest) > maxStreamText {
		// Too long for one chunk: the stream ends with the first piece, the
		// rest follows in thread, then the passages and feedback.
		lead := rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsSpace))]
		pieces := splitText(rest, maxStreamText)
		rest = lead + pieces[0]
		var more []part
		for _, p := range pieces[1:] {
			more = append(more, textParts(p)...)
		}
		tail = append(more, tail...)
	}
	if strings.TrimSpace(rest) != "" {
		chunks = append(chunks, slack.NewMarkdownTextChunk(streamText(rest)))
	}
	msgs := pack(tail)
	if utf8.RuneCountInString(text) > maxStreamText {
		msgs = append([]message{{}}, msgs...) // the blocks all follow the stream
	}
	opts := []slack.MsgOption{slack.MsgOptionChunks(chunks...)}
	if len(msgs) > 0 && len(msgs[0].blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(msgs[0].blocks...))
	}
	err := s.b.retry(ctx, "chat.stopStream", func() error {
		_, _, err := s.api.StopStreamContext(ctx, s.channel, s.ts, opts...)
		return err
	})
	if err != nil {
		return err
	}
	if len(msgs) > 1 {
		s.b.postAll(ctx, s.in, thread, "", msgs[1:])
	}
	return nil
}

// fail stops the stream with parts (an apology, the help) in place of an
// answer, marking the steps as failed.
func (s *nativeStream) fail(ctx context.Context, thread string, parts []part) error {
	s.stop()
	msgs := pack(parts)
	opts := []slack.MsgOption{slack.MsgOptionChunks(task(taskFind, "Finding passages", slack.TaskCardStatusError, ""))}
	if len(msgs) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(msgs[0].blocks...))
	}
	err := s.b.retry(ctx, "chat.stopStream", func() error {
		_, _, err := s.api.StopStreamContext(ctx, s.channel, s.ts, opts...)
		return err
	})
	if err == nil && len(msgs) > 1 {
		s.b.postAll(ctx, s.in, thread, "", msgs[1:])
	}
	return err
}

// splitText splits s into pieces of at most limit runes at paragraph,
// sentence or word boundaries (as chunks does for Block Kit sections).
func splitText(s string, limit int) []string {
	pieces := chunks(s, limit)
	if len(pieces) == 0 {
		return []string{""}
	}
	return pieces
}

// quotation matches a quotation in an answer: straight or curly double
// quotes around some text.
var quotation = regexp.MustCompile(`"[^"]+"|“[^”]+”`)

// paraRef matches a ¶ citation in a verified answer.
var paraRef = regexp.MustCompile(`¶\d+`)

// checkTitle names the check step for text: "Checking 2 quotations
// against ¶5", or "Checking citations against ¶4, ¶5" when it quotes
// nothing.
func checkTitle(verb, text string) string {
	var paras []string
	seen := map[string]bool{}
	for _, p := range paraRef.FindAllString(text, -1) {
		if !seen[p] {
			seen[p] = true
			paras = append(paras, p)
		}
	}
	against := "the article"
	if len(paras) > 0 {
		against = strings.Join(paras, ", ")
	}
	switch n := len(quotation.FindAllString(text, -1)); n {
	case 0:
		return fmt.Sprintf("%s citations against %s", verb, against)
	case 1:
		return fmt.Sprintf("%s 1 quotation against %s", verb, against)
	default:
		return fmt.Sprintf("%s %d quotations against %s", verb, n, against)
	}
}

// streamText makes verified answer text safe to stream as markdown: no
// Slack markup that pings (<!channel>, <@U…>, @here) survives, and it fits
// one chunk.
func streamText(s string) string {
	s = strings.NewReplacer("<!", "<\u2060!", "<@", "<\u2060@").Replace(s)
	s = broadcastRE.ReplaceAllString(s, "@\u2060$1")
	if utf8.RuneCountInString(s) > maxStreamText {
		s = string([]rune(s)[:maxStreamText]) + "…"
	}
	return s
}
