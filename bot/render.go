package bot

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"storybot/knowledge"
)

// Slack's limits that rendering keeps to.
const (
	maxSectionChars = 3000 // a section block's text
	maxBlocks       = 50   // blocks in one message
	// maxMessageChars is the size above which a reply is split into more
	// messages; Slack advises keeping a message's text under 4,000.
	maxMessageChars = 3900
	// chunkChars bounds one section so that escaping and markup never push
	// it past maxSectionChars.
	chunkChars = 2800
)

// part is one block of a reply: its mrkdwn (escaped, for a block) and a
// plain version of the same words (for the message's text).
type part struct {
	md      string
	plain   string
	context bool // a context block rather than a section
	// accessory, when set, is a button beside a section (Show passage).
	accessory *slack.Accessory
	// block, when set, is posted as is (the feedback buttons); md is unused
	// and plain, if any, goes into the message's text.
	block slack.Block
}

// message is one Slack message ready to post.
type message struct {
	text   string
	blocks []slack.Block
}

// pack groups parts into messages within Slack's limits, in order.
func pack(parts []part) []message {
	var (
		out  []message
		cur  message
		size int
	)
	flush := func() {
		if len(cur.blocks) > 0 {
			out = append(out, cur)
		}
		cur, size = message{}, 0
	}
	for _, p := range parts {
		n := max(utf8.RuneCountInString(p.md), utf8.RuneCountInString(p.plain)) + 2
		if len(cur.blocks) > 0 && (size+n > maxMessageChars || len(cur.blocks) >= maxBlocks) {
			flush()
		}
		txt := slack.NewTextBlockObject(slack.MarkdownType, p.md, false, false)
		switch {
		case p.block != nil:
			cur.blocks = append(cur.blocks, p.block)
		case p.context:
			cur.blocks = append(cur.blocks, slack.NewContextBlock("", txt))
		default:
			cur.blocks = append(cur.blocks, slack.NewSectionBlock(txt, nil, p.accessory))
		}
		if p.plain != "" {
			if cur.text != "" {
				cur.text += "\n\n"
			}
			cur.text += p.plain
		}
		size += n
	}
	flush()
	return out
}

// escape makes user or model text safe to post as mrkdwn: &, < and > are
// escaped, so <!channel>, <!here>, <!everyone>, <@U…> and <!subteam^…> show
// as text instead of pinging anyone, and a bare @channel, @here or
// @everyone gets an invisible word joiner after the @.
func escape(s string) string {
	s = mrkdwnEscaper.Replace(s)
	if !strings.Contains(s, "@") {
		return s // no regexp pass for the common case
	}
	return broadcastRE.ReplaceAllString(s, "@\u2060$1")
}

// mrkdwnEscaper is built once: building a Replacer costs more than using it.
var mrkdwnEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

var broadcastRE = regexp.MustCompile(`(?i)@(channel|here|everyone)\b`)

// plainQuestion turns a question typed in Slack into plain words for the
// answerer: mentions of people, groups and broadcasts (<@U…>, <!here>,
// <!subteam^…>) address the message rather than ask anything, so they are
// dropped; channels read as #name and links show their label or address.
// HTML entities Slack adds are decoded.
func plainQuestion(text, botUserID string) string {
	text = markupRE.ReplaceAllStringFunc(text, func(m string) string {
		inner := m[1 : len(m)-1]
		target, label, _ := strings.Cut(inner, "|")
		switch {
		case strings.HasPrefix(target, "@"), strings.HasPrefix(target, "!"):
			// Mentions of people, groups and broadcasts (<!channel>, <!here>)
			// address the message; they are not part of the question.
			return " "
		case strings.HasPrefix(target, "#"):
			if label != "" {
				return "#" + label
			}
			return target
		case label != "":
			return label
		}
		return target
	})
	text = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(text)
	return strings.Join(strings.Fields(text), " ")
}

var markupRE = regexp.MustCompile(`<[^<>\s][^<>]*>`)

// chunks splits s into pieces of at most limit runes once escaped, at
// paragraph breaks if it can, else at line breaks, sentence ends, spaces,
// and as a last resort anywhere. Pieces are trimmed and non-empty.
func chunks(s string, limit int) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if utf8.RuneCountInString(escape(s)) <= limit {
		return []string{s}
	}
	for _, sep := range []string{"\n\n", "\n", ". ", "? ", "! ", "; ", ", ", " "} {
		pieces := splitKeep(s, sep)
		if len(pieces) < 2 {
			continue
		}
		var out []string
		cur := ""
		for _, p := range pieces {
			if cur != "" && utf8.RuneCountInString(escape(cur+p)) > limit {
				out = append(out, chunks(cur, limit)...)
				cur = ""
			}
			cur += p
		}
		return append(out, chunks(cur, limit)...)
	}
	// No break at all: cut by runes, leaving room for escapes.
	r := []rune(s)
	n := max(1, limit/5)
	var out []string
	for len(r) > 0 {
		k := min(n, len(r))
		out = append(out, string(r[:k]))
		r = r[k:]
	}
	return out
}

// splitKeep splits s after each sep, keeping sep with the piece before it.
func splitKeep(s, sep string) []string {
	var out []string
	for {
		i := strings.Index(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[:i+len(sep)])
		s = s[i+len(sep):]
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

// textParts renders free text (an answer, a notice) as section parts.
func textParts(s string) []part {
	var out []part
	for _, c := range chunks(s, chunkChars) {
		out = append(out, part{md: escape(c), plain: escape(c)})
	}
	return out
}

// quoteParts renders a verbatim passage as a block quote labelled with its
// paragraph number, split if it is very long. The plain version puts it in
// quotation marks unless marked says it already has them.
func quoteParts(label, text string, marked bool) []part {
	var out []part
	for i, c := range chunks(text, chunkChars) {
		l := label
		if i > 0 {
			l += " (cont.)"
		}
		md := "*" + escape(l) + "*\n>" + strings.ReplaceAll(escape(c), "\n", "\n>")
		plain := escape(l) + ": “" + escape(c) + "”"
		if marked {
			plain = escape(l) + ": " + escape(c)
		}
		out = append(out, part{md: md, plain: plain})
	}
	return out
}

// contextPart is the small grey line under a reply.
func contextPart(s string) part {
	return part{md: escape(s), plain: escape(s), context: true}
}

// para is the ¶ label of paragraph n.
func para(n int) string { return fmt.Sprintf("¶%d", n) }

// answerParts renders an answer: its text, each cited passage quoted with
// its ¶ number (only the number when the text already quotes it), and a
// line saying how it was answered.
func answerParts(a knowledge.Answer) []part {
	parts := textParts(a.Text)
	if len(parts) == 0 {
		parts = textParts("The article does not say.")
	}
	return append(parts, answerTail(a)...)
}

// answerTail renders what follows an answer's text: each cited passage
// quoted with its ¶ number, and a line saying how it was answered.
func answerTail(a knowledge.Answer) []part {
	var parts []part
	for _, c := range a.Citations {
		label, n := c.Place()
		if label == "" {
			label = para(n)
		}
		qp := quoteParts(label, c.Text, false)
		if strings.Contains(a.Text, c.Text) {
			// the answer already quotes the passage: show where, not the words again
			qp = []part{{md: "*" + label + "*", plain: label}}
		}
		if len(qp) > 0 && n > 0 {
			qp[0].accessory = passageButton(n)
		}
		parts = append(parts, qp...)
	}
	return append(parts, contextPart(how(a)))
}

// how says how an answer was made.
func how(a knowledge.Answer) string {
	if a.Mode == knowledge.ModeModel {
		model := a.Model
		if model == "" {
			model = "a language model"
		}
		return "Answered by " + model + ", checked against the article"
	}
	s := "Answered by lookup from the article"
	if a.FallbackReason != "" {
		s += " (the model's answer could not be used)"
	}
	return s
}

// progressParts renders a model's unverified partial answer while it
// streams.
func progressParts(partial string) []part {
	r := []rune(strings.TrimSpace(partial))
	if len(r) > chunkChars/2 {
		r = append(r[:chunkChars/2], '…')
	}
	return []part{
		{md: escape(string(r)), plain: escape(string(r))},
		contextPart("Writing… not yet checked against the article"),
	}
}

// placeholder is posted at once when answers stream.
var placeholder = []part{{md: "_reading the article…_", plain: "reading the article…"}}
