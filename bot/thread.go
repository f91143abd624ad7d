package bot

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"storybot/knowledge"
)

const (
	// maxHistoryTurns bounds the earlier turns a question carries.
	maxHistoryTurns = 6
	maxTurnQuestion = 500  // runes of an earlier question kept
	maxTurnAnswer   = 1500 // runes of an earlier answer kept
	// repliesPageSize and maxRepliesPages bound one thread's read.
	repliesPageSize = 200
	maxRepliesPages = 5
	// repliesTimeout bounds reading a thread, retries after 429 included;
	// past it a mention is answered without the thread's history.
	repliesTimeout = 10 * time.Second
)

// inThread reports whether in is a reply inside a thread (not a thread's
// first message, not a top-level message).
func (in incoming) inThread() bool { return in.threadTS != "" && in.threadTS != in.ts }

// inChannel reports whether a message event is from a public or private
// channel (message.channels, message.groups).
func inChannel(channelType, channel string) bool {
	switch channelType {
	case "channel", "group":
		return true
	case "":
		return strings.HasPrefix(channel, "C") || strings.HasPrefix(channel, "G")
	}
	return false
}

// mentions reports whether Slack-formatted text mentions user id.
func mentions(text, id string) bool {
	return id != "" && (strings.Contains(text, "<@"+id+">") || strings.Contains(text, "<@"+id+"|"))
}

// addressedToOthers reports whether text mentions someone but not the bot:
// a thread reply meant for another person, which the bot leaves alone.
func (b *Bot) addressedToOthers(text string) bool {
	return strings.Contains(text, "<@") && !mentions(text, b.cfg.BotUserID)
}

// threadContext prepares a reply inside a thread: it reads the thread
// (conversations.replies; Slack is the only store), turns its earlier
// messages into in.history and, for an assistant thread's first question,
// sets the thread's title from q. It returns false when in must not be
// answered: a reply without a mention (in.followUp) in a thread that did
// not begin with a mention of the bot, or whose thread cannot be read.
// A mention is answered even when the thread cannot be read, without
// history.
func (b *Bot) threadContext(ctx context.Context, in *incoming, q string) bool {
	if !in.inThread() {
		return true
	}
	surf, ok := b.surfaces()
	if !ok {
		return !in.followUp
	}
	key := in.channel + ":" + in.threadTS
	if in.followUp && b.ext.notOurs.has(key) {
		b.log.Debug("thread reply ignored: the thread did not begin with a mention of the bot", "channel", in.channel, "ts", in.ts)
		return false
	}
	// A follow-up's thread is read past its first page only if it began
	// with a mention.
	more := func(first []slack.Message) bool { return !in.followUp || b.startedWithMention(first, in.threadTS) }
	msgs, err := b.threadMessages(ctx, surf, in.channel, in.threadTS, more)
	if err != nil {
		if in.assistant && !b.ext.titled.has(key) {
			b.titleOnce(ctx, in, key, q) // unknown history: the first question this process sees
		}
		if in.followUp {
			b.log.Warn("thread reply not answered: its thread could not be read", "channel", in.channel, "thread_ts", in.threadTS, "err", err)
			return false
		}
		b.log.Warn("answering without the thread's history: it could not be read", "channel", in.channel, "thread_ts", in.threadTS, "err", err)
		return true
	}
	if in.followUp && !b.startedWithMention(msgs, in.threadTS) {
		b.ext.notOurs.add(key)
		b.log.Debug("thread reply ignored: the thread did not begin with a mention of the bot", "channel", in.channel, "ts", in.ts)
		return false
	}
	in.history = b.history(msgs, in.ts)
	if in.assistant && !hasQuestion(in.history) && !b.ext.titled.has(key) {
		b.titleOnce(ctx, in, key, q)
	}
	return true
}

// titleOnce names an assistant thread after q and remembers it did.
func (b *Bot) titleOnce(ctx context.Context, in *incoming, key, q string) {
	b.ext.titled.add(key)
	b.setTitle(ctx, in.channel, in.threadTS, q)
}

// own reports whether a thread's message is one of the bot's replies.
func (b *Bot) own(m slack.Message) bool {
	return (b.cfg.BotUserID != "" && m.User == b.cfg.BotUserID) || (b.cfg.BotID != "" && m.BotID == b.cfg.BotID)
}

// threadMessages reads a thread, parent first, oldest first; after the
// first page, only if more(first page) says so.
func (b *Bot) threadMessages(ctx context.Context, surf Surfaces, channel, thread string, more func([]slack.Message) bool) ([]slack.Message, error) {
	ctx, cancel := context.WithTimeout(ctx, repliesTimeout)
	defer cancel()
	var (
		all    []slack.Message
		cursor string
	)
	for page := 0; page < maxRepliesPages; page++ {
		var (
			msgs    []slack.Message
			hasMore bool
			next    string
		)
		err := b.retry(ctx, "conversations.replies", func() error {
			var err error
			msgs, hasMore, next, err = surf.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
				ChannelID: channel, Timestamp: thread, Cursor: cursor, Limit: repliesPageSize,
				IncludeAllMetadata: true, // to find the bot's own answers (see deliver)
			})
			return err
		})
		if err != nil {
			return nil, err
		}
		all = append(all, msgs...)
		if !hasMore || next == "" || !more(all) {
			break
		}
		cursor = next
	}
	return all, nil
}

// startedWithMention reports whether a thread's parent (the first message
// conversations.replies returns) is a person's message mentioning the bot.
func (b *Bot) startedWithMention(msgs []slack.Message, thread string) bool {
	if len(msgs) == 0 {
		return false
	}
	p := msgs[0]
	return p.Timestamp == thread && !b.fromBot(p.User, p.BotID, p.SubType) && mentions(p.Text, b.cfg.BotUserID)
}

// tsBefore reports whether Slack timestamp a is earlier than b.
func tsBefore(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// history turns a thread's messages before ts into conversation turns,
// oldest first: each person's message is a question (the bot's mention
// removed), the bot's messages after it its answer (their plain text,
// without the quoted passages). Other bots' messages are left out. At
// most maxHistoryTurns, the latest.
func (b *Bot) history(msgs []slack.Message, ts string) []knowledge.Turn {
	var turns []knowledge.Turn
	for _, m := range msgs {
		if m.Timestamp == ts || !tsBefore(m.Timestamp, ts) {
			continue
		}
		switch {
		case b.own(m):
			text := replyText(m.Text)
			if text == "" {
				continue
			}
			if len(turns) == 0 {
				turns = append(turns, knowledge.Turn{})
			}
			last := &turns[len(turns)-1]
			last.Answer = clip(strings.TrimSpace(last.Answer+"\n"+text), maxTurnAnswer)
		case b.fromBot(m.User, m.BotID, m.SubType):
		case m.SubType != "" && m.SubType != "thread_broadcast" && m.SubType != "file_share":
		default:
			q := plainQuestion(m.Text, b.cfg.BotUserID)
			if q == "" {
				continue
			}
			turns = append(turns, knowledge.Turn{Question: clip(q, maxTurnQuestion)})
		}
	}
	if len(turns) > maxHistoryTurns {
		turns = turns[len(turns)-maxHistoryTurns:]
	}
	return turns
}

// hasQuestion reports whether any turn has a question.
func hasQuestion(turns []knowledge.Turn) bool {
	for _, t := range turns {
		if t.Question != "" {
			return true
		}
	}
	return false
}

// replyText is the answer in the plain text of one of the bot's replies:
// the quoted passages (¶n: …), the line saying how it was answered and
// the streaming placeholder are dropped, and Slack's escapes undone.
func replyText(text string) string {
	var keep []string
	for _, p := range strings.Split(text, "\n\n") {
		p = strings.TrimSpace(p)
		switch {
		case p == "", p == placeholder[0].plain,
			strings.HasPrefix(p, "¶"),
			strings.HasPrefix(p, "Answered by "),
			strings.HasPrefix(p, "Writing…"):
			continue
		}
		keep = append(keep, p)
	}
	return unescapeMrkdwn(strings.Join(keep, "\n"))
}

// Bounds of a threadSet.
const (
	threadSetTTL = time.Hour
	threadSetMax = 10000
)

// threadSet remembers threads for a while (threadSetTTL), at most
// threadSetMax of them: those that did not begin with a mention of the bot,
// so that a busy human thread costs one conversations.replies call, not
// one per reply; and assistant threads already titled. Safe for
// concurrent use.
type threadSet struct {
	mu sync.Mutex
	m  map[string]time.Time // key → expiry
}

func (s *threadSet) has(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	exp, ok := s.m[key]
	return ok && time.Now().Before(exp)
}

func (s *threadSet) add(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	if s.m == nil {
		s.m = make(map[string]time.Time)
	}
	if len(s.m) >= threadSetMax {
		for k, exp := range s.m {
			if !now.Before(exp) {
				delete(s.m, k)
			}
		}
		if len(s.m) >= threadSetMax {
			clear(s.m) // forgetting only costs API calls
		}
	}
	s.m[key] = now.Add(threadSetTTL)
}
