package bot

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"storybot/knowledge"
)

// Action ids of the buttons the bot puts on its answers.
const (
	// ActionFeedbackUp and ActionFeedbackDown are the 👍 and 👎 buttons
	// under an answer.
	// Answers posted before native feedback carry them; their votes are
	// still recorded.
	ActionFeedbackUp   = "storybot_feedback_up"
	ActionFeedbackDown = "storybot_feedback_down"
	// ActionFeedback is the native feedback_buttons element under an
	// answer; the clicked button's value starts with "up " or "down ".
	ActionFeedback = "storybot_feedback"
	// ActionPassagePrefix starts the action id of a citation's "Show
	// passage" button; the paragraph number follows (and is its value).
	ActionPassagePrefix = "storybot_passage_"
	// feedbackBlockID names the block holding the feedback buttons.
	feedbackBlockID = "storybot_feedback"
	// maxButtonValue keeps a button's value under Slack's 2,000 characters.
	maxButtonValue = 1900
)

// passageButton is the "Show passage" button beside citation n.
func passageButton(n int) *slack.Accessory {
	btn := slack.NewButtonBlockElement(ActionPassagePrefix+strconv.Itoa(n), strconv.Itoa(n),
		slack.NewTextBlockObject(slack.PlainTextType, "Show passage", false, false))
	return slack.NewAccessory(btn)
}

// feedbackRef is what a feedback button's value carries: enough to record
// the vote without re-asking (the answer's text comes from the clicked
// message itself).
type feedbackRef struct {
	Question   string `json:"q"`
	Mode       string `json:"m,omitempty"`
	Model      string `json:"model,omitempty"`
	Paragraphs []int  `json:"p,omitempty"`
}

// feedbackValue encodes ref within Slack's limit on a button's value,
// shortening the question if it must.
func feedbackValue(ref feedbackRef) string {
	for {
		var buf strings.Builder
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(ref) // strings, ints: cannot fail
		v := strings.TrimSuffix(buf.String(), "\n")
		if len(v) <= maxButtonValue || ref.Question == "" {
			return v
		}
		// Shorten in proportion to the excess (escapes make bytes and runes
		// differ), by at least one rune.
		r := []rune(ref.Question)
		cut := min(len(r)-1, len(r)*(maxButtonValue-100)/len(v))
		ref.Question = string(r[:max(0, cut)])
	}
}

// votePart is the 👍 / 👎 under an answer to q: Slack's native
// feedback_buttons in a context_actions block, or, once Slack has refused
// the AI-app methods in this process (a workspace without them may not
// render the element either), a row of plain buttons.
func (b *Bot) votePart(q string, a knowledge.Answer) part {
	if b.ext.stream.mode.Load() == streamRefused {
		return feedbackPart(q, a)
	}
	return nativeFeedbackPart(q, a)
}

// nativeFeedbackPart is the feedback_buttons element under an answer to q,
// in a context_actions block. Each button's value is its vote and the
// answer's reference.
func nativeFeedbackPart(q string, a knowledge.Answer) part {
	v := feedbackValue(answerRef(q, a))
	up := slack.NewFeedbackButton(slack.NewTextBlockObject(slack.PlainTextType, "👍", true, false), "up "+v).
		WithAccessibilityLabel("Good answer")
	down := slack.NewFeedbackButton(slack.NewTextBlockObject(slack.PlainTextType, "👎", true, false), "down "+v).
		WithAccessibilityLabel("Bad answer")
	return part{block: slack.NewContextActionsBlock(feedbackBlockID, slack.NewFeedbackButtonsBlockElement(ActionFeedback, up, down))}
}

// answerRef is what a vote on an answer to q records besides the answer.
func answerRef(q string, a knowledge.Answer) feedbackRef {
	// The question is escaped like everything the bot posts: a button's
	// value is never shown, but nothing in a message may look like a ping.
	ref := feedbackRef{Question: escape(q), Mode: a.Mode, Model: a.Model}
	for _, c := range a.Citations {
		ref.Paragraphs = append(ref.Paragraphs, citationParagraph(c))
	}
	return ref
}

// feedbackPart is the row of 👍 / 👎 buttons under an answer to q.
func feedbackPart(q string, a knowledge.Answer) part {
	v := feedbackValue(answerRef(q, a))
	up := slack.NewButtonBlockElement(ActionFeedbackUp, v, slack.NewTextBlockObject(slack.PlainTextType, "👍", true, false))
	down := slack.NewButtonBlockElement(ActionFeedbackDown, v, slack.NewTextBlockObject(slack.PlainTextType, "👎", true, false))
	return part{block: slack.NewActionBlock(feedbackBlockID, up, down)}
}

// citationParagraph is the paragraph number a citation points to.
func citationParagraph(c knowledge.Citation) int {
	if c.Paragraph > 0 {
		return c.Paragraph
	}
	n, _ := strconv.Atoi(strings.TrimPrefix(c.ID, "P"))
	return n
}

// onInteraction handles a block_actions payload after its envelope was
// acked: a vote is recorded and acknowledged, a "Show passage" click gets
// the whole paragraph. Both answer only the clicker (ephemerally).
func (b *Bot) onInteraction(work context.Context, cb slack.InteractionCallback) {
	if cb.Type != slack.InteractionTypeBlockActions {
		b.log.Info("interaction ignored", "type", cb.Type, "user", cb.User.ID)
		return
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act == nil {
			continue
		}
		switch {
		case act.ActionID == ActionFeedback || act.ActionID == ActionFeedbackUp || act.ActionID == ActionFeedbackDown:
			b.background(work, func(ctx context.Context) { b.onFeedback(ctx, cb, act) })
		case strings.HasPrefix(act.ActionID, ActionPassagePrefix):
			b.background(work, func(ctx context.Context) { b.onShowPassage(ctx, cb, act) })
		default:
			b.log.Info("interaction ignored", "type", cb.Type, "action_id", act.ActionID, "user", cb.User.ID)
		}
	}
}

// background runs f on the worker pool, like an answer; it is dropped at
// shutdown if no worker frees up.
func (b *Bot) background(work context.Context, f func(ctx context.Context)) {
	b.submit(work, job{kind: "interaction", run: f})
}

// clickThread is the thread an ephemeral reply to a click belongs in: the
// clicked message's thread, if it has one.
func clickThread(cb slack.InteractionCallback) string {
	if cb.Container.ThreadTs != "" {
		return cb.Container.ThreadTs
	}
	return cb.Message.ThreadTimestamp
}

// clickChannel is the channel the clicked message is in.
func clickChannel(cb slack.InteractionCallback) string {
	if cb.Container.ChannelID != "" {
		return cb.Container.ChannelID
	}
	return cb.Channel.ID
}

// ephemeral shows msgs to user alone in channel (in thread when set).
func (b *Bot) ephemeral(ctx context.Context, channel, user, thread string, msgs []message) error {
	for _, m := range msgs {
		opts := msgOptions(m)
		if thread != "" {
			opts = append(opts, slack.MsgOptionTS(thread))
		}
		err := b.retry(ctx, "chat.postEphemeral", func() error {
			_, err := b.cfg.Slack.PostEphemeralContext(ctx, channel, user, opts...)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// onShowPassage shows the whole cited paragraph to the clicker.
func (b *Bot) onShowPassage(ctx context.Context, cb slack.InteractionCallback, act *slack.BlockAction) {
	channel := clickChannel(cb)
	n, err := strconv.Atoi(strings.TrimSpace(act.Value))
	var parts []part
	if p, ok := b.paragraph(n); err == nil && ok {
		parts = append(quoteParts(para(p.N)+", the whole paragraph", p.Text, false), contextPart("Verbatim from the article"))
	} else {
		parts = textParts("That passage is not in the article I have now.")
	}
	b.log.Info("passage shown", "user", cb.User.ID, "channel", channel, "paragraph", n)
	if err := b.ephemeral(ctx, channel, cb.User.ID, clickThread(cb), pack(parts)); err != nil {
		b.log.Error("could not show passage", "channel", channel, "user", cb.User.ID, "err", err)
	}
}

// paragraph returns the article's paragraph n.
func (b *Bot) paragraph(n int) (knowledge.Paragraph, bool) {
	if b.cfg.Article == nil {
		return knowledge.Paragraph{}, false
	}
	return b.cfg.Article.Paragraph(n)
}

// Feedback is one 👍 / 👎 vote on an answer, as recorded in
// Config.FeedbackFile (one JSON object per line).
type Feedback struct {
	Time      time.Time            `json:"time"`
	User      string               `json:"user"`
	Channel   string               `json:"channel"`
	MessageTS string               `json:"message_ts"`
	Vote      string               `json:"vote"` // "up" or "down"
	Question  string               `json:"question"`
	Answer    string               `json:"answer"`
	Mode      string               `json:"mode"`
	Model     string               `json:"model,omitempty"`
	Citations []knowledge.Citation `json:"citations"`
}

// onFeedback records a vote and thanks the voter.
func (b *Bot) onFeedback(ctx context.Context, cb slack.InteractionCallback, act *slack.BlockAction) {
	fb := feedbackFrom(cb, act, b.cfg.Article)
	b.log.Info("feedback", "vote", fb.Vote, "user", fb.User, "channel", fb.Channel, "message_ts", fb.MessageTS,
		"mode", fb.Mode, "citations", len(fb.Citations))
	b.log.Debug("feedback detail", "question", fb.Question, "answer", fb.Answer)
	if err := b.ext.feedback.append(b.cfg.FeedbackFile, fb); err != nil {
		b.log.Error("could not record feedback; the vote is only in this log", "file", b.cfg.FeedbackFile, "err", err,
			"vote", fb.Vote, "message_ts", fb.MessageTS)
	}
	msg := pack(textParts("Thanks — recorded."))
	if err := b.ephemeral(ctx, fb.Channel, fb.User, clickThread(cb), msg); err != nil {
		b.log.Warn("could not acknowledge feedback", "channel", fb.Channel, "user", fb.User, "err", err)
	}
}

// feedbackFrom assembles a vote from the click: the question, mode and
// cited paragraphs from the button's value, the answer's words and the
// cited passages from the clicked message's blocks, or, for a passage the
// answer quoted in its own text, the paragraph from the article (a may be
// nil).
func feedbackFrom(cb slack.InteractionCallback, act *slack.BlockAction, a *knowledge.Article) Feedback {
	fb := Feedback{
		Time:      time.Now().UTC(),
		User:      cb.User.ID,
		Channel:   clickChannel(cb),
		MessageTS: cb.Container.MessageTs,
		Vote:      "up",
		Citations: []knowledge.Citation{},
	}
	if fb.MessageTS == "" {
		fb.MessageTS = cb.Message.Timestamp
	}
	value := act.Value
	if act.ActionID == ActionFeedback {
		// Native feedback_buttons: the value says which button.
		vote, rest, _ := strings.Cut(value, " ")
		fb.Vote, value = vote, rest
	}
	if act.ActionID == ActionFeedbackDown {
		fb.Vote = "down"
	}
	if fb.Vote != "up" && fb.Vote != "down" {
		fb.Vote = "up"
	}
	var ref feedbackRef
	if err := json.Unmarshal([]byte(value), &ref); err != nil {
		ref.Question = value // a value from an older version: the question alone
	}
	fb.Question, fb.Mode, fb.Model = unescapeMrkdwn(ref.Question), ref.Mode, ref.Model
	answer, quoted := readAnswer(cb.Message)
	fb.Answer = answer
	for _, n := range ref.Paragraphs {
		text := quoted[n]
		if p, ok := paragraphOf(a, n); ok && text == "" {
			text = p.Text
		}
		fb.Citations = append(fb.Citations, knowledge.Citation{ID: knowledge.CitationID(n), Paragraph: n, Text: text})
	}
	return fb
}

// paragraphOf returns paragraph n of a, when there is an article.
func paragraphOf(a *knowledge.Article, n int) (knowledge.Paragraph, bool) {
	if a == nil {
		return knowledge.Paragraph{}, false
	}
	return a.Paragraph(n)
}

// readAnswer recovers an answer's words and its quoted passages (by
// paragraph) from the blocks of a message the bot posted: sections before
// the first quotation are the answer; a section beginning "*¶n*" quotes
// paragraph n. Without blocks it falls back to the message's text.
func readAnswer(m slack.Message) (string, map[int]string) {
	quoted := map[int]string{}
	var answer []string
	inQuotes := false
	for _, bl := range m.Blocks.BlockSet {
		sec, ok := bl.(*slack.SectionBlock)
		if !ok || sec.Text == nil {
			continue
		}
		t := sec.Text.Text
		if n, body, ok := quotedPassage(t); ok {
			inQuotes = true
			quoted[n] = strings.TrimSpace(quoted[n] + " " + body)
			continue
		}
		if !inQuotes {
			answer = append(answer, unescapeMrkdwn(t))
		}
	}
	if len(answer) == 0 && m.Text != "" {
		plain, _, _ := strings.Cut(m.Text, "\n\n¶")
		answer = append(answer, unescapeMrkdwn(plain))
	}
	return clip(strings.Join(answer, "\n"), 4000), quoted
}

// quotedPassage parses a quotation section as quoteParts renders it.
func quotedPassage(md string) (int, string, bool) {
	rest, ok := strings.CutPrefix(md, "*¶")
	if !ok {
		return 0, "", false
	}
	num, body, ok := strings.Cut(rest, "*\n")
	if !ok {
		return 0, "", false
	}
	num, _, _ = strings.Cut(num, " ") // "8 (cont.)"
	n, err := strconv.Atoi(num)
	if err != nil {
		return 0, "", false
	}
	body = strings.ReplaceAll(strings.TrimPrefix(body, ">"), "\n>", "\n")
	return n, unescapeMrkdwn(body), true
}

// unescapeMrkdwn undoes escape.
func unescapeMrkdwn(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "\u2060", "").Replace(s)
}

// clip shortens s to at most n runes, marking a cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// answerPanicked tells the asker of in that answering failed, after a
// panic the pool recovered and logged. (An assistant thread's status was
// cleared by then: answerMessage defers it.)
func (b *Bot) answerPanicked(ctx context.Context, in incoming) {
	thread := in.threadTS
	if thread == "" && !in.dm {
		thread = in.ts
	}
	if err := b.postAll(ctx, in, thread, "", pack(textParts(sorry))); err != nil {
		b.log.Error("could not apologise after a panic", "channel", in.channel, "ts", in.ts, "err", err)
	}
}

// sorry is what an asker is told when no answer could be made.
const sorry = "Sorry, I could not answer that just now. Please try again in a moment."
