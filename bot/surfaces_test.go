package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"storybot/internal/fakeslack"
	"storybot/knowledge"
)

// statuses returns the status of each assistant.threads.setStatus call.
func statuses(fs *fakeslack.Server) []string {
	var out []string
	for _, c := range fs.Calls("assistant.threads.setStatus") {
		out = append(out, c.Args.Get("status"))
	}
	return out
}

// TestAssistantStatusClearedWhenAnsweringFails: an answerer that fails, or
// panics, still leaves the thread's status cleared, the asker told, and
// the bot answering.
func TestAssistantStatusClearedWhenAnsweringFails(t *testing.T) {
	for _, tt := range []struct {
		name string
		fail func()
	}{
		{"error", nil},
		{"panic", func() { panic("answerer bug") }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
				calls++
				if calls == 1 {
					if tt.fail != nil {
						tt.fail()
					}
					return knowledge.Answer{}, errors.New("model unreachable")
				}
				return knowledge.Answer{Question: q.Text, Text: "Fine now.", Found: true, Mode: knowledge.ModeLookup}, nil
			})
			tb := startTestBot(t, ans, Config{})
			thread := tb.fs.NewTS()
			env, _ := tb.fs.MessageEvent(fakeslack.Event{ThreadTS: thread, Text: "Who is Sergey Kislyak?"})
			tb.send(t, env)
			ms, err := tb.fs.WaitMessages(ctxT(t), 1)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(ms[0].Text, "could not answer") || ms[0].ThreadTS != thread {
				t.Errorf("asker told %q in thread %q", ms[0].Text, ms[0].ThreadTS)
			}
			if err := tb.fs.Wait(ctxT(t), func(st fakeslack.State) bool { return st.Calls("assistant.threads.setStatus") == 2 }); err != nil {
				t.Fatalf("status calls %q: %v", statuses(tb.fs), err)
			}
			if got := statuses(tb.fs); got[0] == "" || got[1] != "" {
				t.Errorf("status calls %q, want set then cleared", got)
			}
			// Still answering, with the status again set and cleared.
			env, _ = tb.fs.MessageEvent(fakeslack.Event{ThreadTS: thread, Text: "And now?"})
			tb.send(t, env)
			if ms, err = tb.fs.WaitMessages(ctxT(t), 2); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(ms[1].Text, "Fine now.") {
				t.Errorf("second answer %q", ms[1].Text)
			}
			if err := tb.fs.Wait(ctxT(t), func(st fakeslack.State) bool { return st.Calls("assistant.threads.setStatus") == 4 }); err != nil {
				t.Fatalf("status calls %q: %v", statuses(tb.fs), err)
			}
		})
	}
}

// TestFollowUpHistory checks the turns a thread's messages become: the
// bot's mention removed from questions, the bot's replies (split ones
// joined) as answers without their quoted passages, other bots left out,
// nothing at or after the question itself, at most maxHistoryTurns.
func TestFollowUpHistory(t *testing.T) {
	b, err := New(Config{Answerer: answerFunc(nil), Slack: &slack.Client{}, BotUserID: "UBOT", BotID: "BBOT"})
	if err != nil {
		t.Fatal(err)
	}
	ts := func(n int) string { return fmt.Sprintf("1700000000.%06d", n) }
	msg := func(n int, user, botID, text string) slack.Message {
		var m slack.Message
		m.Timestamp, m.User, m.BotID, m.Text = ts(n), user, botID, text
		return m
	}
	reply := pack(answerParts(knowledge.Answer{
		Text: "Michael Flynn is the National Security Adviser (¶8).", Mode: knowledge.ModeLookup,
		Citations: []knowledge.Citation{{ID: "P8", Paragraph: 8, Text: "…led to Flynn's resignation last month."}},
	}))[0].text
	msgs := []slack.Message{
		msg(1, "UHUMAN", "", "<@UBOT> Who is Michael Flynn?"),
		msg(2, "UBOT", "BBOT", reply),
		msg(3, "", "BBOT", "(continued)"), // the bot's, known by its bot id alone
		msg(4, "", "BOTHER", "I am another bot"),
		msg(5, "UHUMAN", "", "when did he resign?"),
		msg(6, "UHUMAN", "", "a later message"),
	}
	got := b.history(msgs, ts(5))
	want := []knowledge.Turn{{Question: "Who is Michael Flynn?", Answer: "Michael Flynn is the National Security Adviser (¶8).\n(continued)"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("history\n%q\nwant\n%q", got, want)
	}
	var long []slack.Message
	for i := range 20 {
		long = append(long, msg(2*i+1, "UHUMAN", "", fmt.Sprintf("question %d", i)), msg(2*i+2, "UBOT", "BBOT", fmt.Sprintf("answer %d", i)))
	}
	got = b.history(long, ts(100))
	if len(got) != maxHistoryTurns || got[len(got)-1].Question != "question 19" || got[len(got)-1].Answer != "answer 19" {
		t.Errorf("long thread history %q: want the last %d turns", got, maxHistoryTurns)
	}
	if !b.startedWithMention(msgs, ts(1)) {
		t.Error("a thread begun with a mention not recognised")
	}
	if b.startedWithMention([]slack.Message{msg(1, "UHUMAN", "", "no mention here")}, ts(1)) {
		t.Error("a thread without a mention taken as begun with one")
	}
	if b.startedWithMention([]slack.Message{msg(1, "", "BOTHER", "<@UBOT> hi")}, ts(1)) {
		t.Error("a thread begun by another bot's mention taken as a person's")
	}
}

// TestHomeViewWithinLimits renders the Home tab for an article far larger
// than Slack allows in one view and publishes it through the loopback
// Slack, which enforces the limits.
func TestHomeViewWithinLimits(t *testing.T) {
	a := &knowledge.Article{Title: strings.Repeat("A very long title ", 20)}
	for i := range 1000 {
		a.Paragraphs = append(a.Paragraphs, knowledge.Paragraph{N: i + 1, Text: strings.Repeat("Words of the story. ", 30), Sentences: []string{strings.Repeat("Words of the story ", 30) + "."}})
		a.Entities = append(a.Entities, knowledge.Entity{Name: fmt.Sprintf("Person Number%d", i), Kind: knowledge.Person, Role: strings.Repeat("an important role ", 10), Paragraphs: []int{i + 1}})
		a.Events = append(a.Events, knowledge.Event{When: fmt.Sprintf("day %d", i), Text: strings.Repeat("something happened ", 15), Citations: []knowledge.Citation{{Paragraph: i + 1}}})
	}
	tb := startTestBot(t, answerFunc(nil), Config{Article: a, AnsweredBy: "test-model, checked against the article"})
	tb.send(t, tb.fs.AppHomeOpened("U0READER", "home"))
	if err := tb.fs.Wait(ctxT(t), func(st fakeslack.State) bool { return st.Calls("views.publish") == 1 }); err != nil {
		t.Fatal(err)
	}
	c := tb.fs.Calls("views.publish")[0]
	if c.Error != "" {
		t.Fatalf("views.publish refused the view: %s", c.Error)
	}
	var view struct {
		Blocks []struct {
			Type string `json:"type"`
			Text *struct {
				Text string `json:"text"`
			} `json:"text"`
			Elements []struct {
				Text string `json:"text"`
			} `json:"elements"`
		} `json:"blocks"`
	}
	if err := json.Unmarshal([]byte(c.Args.Get("view")), &view); err != nil {
		t.Fatal(err)
	}
	if n := len(view.Blocks); n > maxHomeBlocks {
		t.Errorf("%d blocks", n)
	}
	var all strings.Builder
	for _, bl := range view.Blocks {
		if bl.Text != nil {
			if n := utf8.RuneCountInString(bl.Text.Text); n > 3000 {
				t.Errorf("a %s block of %d characters", bl.Type, n)
			}
			all.WriteString(bl.Text.Text + "\n")
		}
		for _, e := range bl.Elements {
			all.WriteString(e.Text + "\n")
		}
	}
	for _, want := range []string{"Person Number0", "day 0", "more events", "Ask me", "How questions are answered now: test-model, checked against the article."} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("home view lacks %q", want)
		}
	}
}

func TestFeedbackValueStaysSmall(t *testing.T) {
	long := strings.Repeat("ünïcödé & <tags> ", 400)
	p := feedbackPart(long, knowledge.Answer{Mode: knowledge.ModeModel, Model: "m", Citations: []knowledge.Citation{{Paragraph: 3}, {ID: "P7"}}})
	blk, ok := p.block.(*slack.ActionBlock)
	if !ok || len(blk.Elements.ElementSet) != 2 {
		t.Fatalf("feedback part %#v", p.block)
	}
	v := blk.Elements.ElementSet[0].(*slack.ButtonBlockElement).Value
	if len(v) >= 2000 || !utf8.ValidString(v) {
		t.Fatalf("value of %d bytes (valid UTF-8: %v)", len(v), utf8.ValidString(v))
	}
	var ref feedbackRef
	if err := json.Unmarshal([]byte(v), &ref); err != nil {
		t.Fatal(err)
	}
	if ref.Mode != knowledge.ModeModel || fmt.Sprint(ref.Paragraphs) != "[3 7]" || len(ref.Question) < 1000 || !strings.HasPrefix(long, unescapeMrkdwn(ref.Question)[:20]) {
		t.Errorf("value decodes to %+v", ref)
	}
}

// TestUnreadableThread: when conversations.replies fails, a mention in a
// thread is still answered (without history), a reply without a mention
// is not, and an assistant thread still gets its title, once.
func TestUnreadableThread(t *testing.T) {
	ans := answerFunc(func(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
		return knowledge.Answer{Question: q.Text, Text: fmt.Sprintf("history %d", len(q.History)), Found: true, Mode: knowledge.ModeLookup}, nil
	})
	tb := startTestBot(t, ans, Config{RetryBase: 5 * time.Millisecond}) // internal_error is retried: quickly here
	tb.fs.Fail("conversations.replies", 100, "internal_error")
	parent := tb.mention(t, "Who is Michael Flynn?")
	if _, err := tb.fs.WaitMessages(ctxT(t), 1); err != nil {
		t.Fatal(err)
	}
	env, _ := tb.fs.MessageEvent(fakeslack.Event{Channel: parent.Channel, ChannelType: "channel", ThreadTS: parent.TS, Text: "when did he resign?"})
	tb.send(t, env)
	env, _ = tb.fs.AppMention(fakeslack.Event{Channel: parent.Channel, ThreadTS: parent.TS, Text: "<@" + tb.fs.BotUserID() + "> and why?"})
	tb.send(t, env)
	ms, err := tb.fs.WaitMessages(ctxT(t), 2)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ms[1].Text, "history 0") || ms[1].ThreadTS != parent.TS {
		t.Errorf("mention in an unreadable thread: %q in %q", ms[1].Text, ms[1].ThreadTS)
	}

	thread := tb.fs.NewTS()
	for i, q := range []string{"Who is Sergey Kislyak?", "And Flynn?"} {
		env, _ := tb.fs.MessageEvent(fakeslack.Event{ThreadTS: thread, Text: q})
		tb.send(t, env)
		if _, err := tb.fs.WaitMessages(ctxT(t), 3+i); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(100 * time.Millisecond)
	if ms := tb.fs.Messages(); len(ms) != 4 {
		t.Errorf("%d messages, want 4 (no answer to the reply without a mention)", len(ms))
	}
	titles := tb.fs.Calls("assistant.threads.setTitle")
	if len(titles) != 1 || titles[0].Args.Get("title") != "Who is Sergey Kislyak?" {
		t.Errorf("%d titles set; want one, from the first question", len(titles))
	}
}
