package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"storybot/internal/fakeopenai"
	"storybot/internal/fakeslack"
	"storybot/knowledge"
)

// Tests of issue 6's surfaces through the whole program: follow-ups in
// threads, the App Home tab, assistant threads, feedback and passages.

func article(t *testing.T) *knowledge.Article {
	t.Helper()
	a, err := loadArticle(config{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// eventAbout returns the article's event whose text holds every word.
func eventAbout(t *testing.T, a *knowledge.Article, words ...string) knowledge.Event {
	t.Helper()
	for _, e := range a.Events {
		ok := len(e.Citations) > 0
		for _, w := range words {
			ok = ok && strings.Contains(strings.ToLower(e.Text), strings.ToLower(w))
		}
		if ok {
			return e
		}
	}
	t.Fatalf("the article has no event about %v", words)
	return knowledge.Event{}
}

// botMessages returns the bot's messages (not ephemeral) in channel.
func botMessages(ms []fakeslack.Message, channel string) []fakeslack.Message {
	var out []fakeslack.Message
	for _, m := range ms {
		if m.Channel == channel && m.Ephemeral == "" {
			out = append(out, m)
		}
	}
	return out
}

func TestFollowUpInThreadAnsweredFromContext(t *testing.T) {
	b := startBot(t, fakeslack.Options{})
	a := article(t)
	resign := eventAbout(t, a, "Flynn", "resign")
	cite := resign.Citations[0].Paragraph

	// The thread begins with a mention.
	env, parent := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Michael Flynn?"})
	b.send(t, env)
	first := b.waitMessages(t, 1)[0]
	if first.ThreadTS != parent.TS {
		t.Fatalf("first answer in thread %q, want %q", first.ThreadTS, parent.TS)
	}
	if n := len(b.fs.Calls("conversations.replies")); n != 0 {
		t.Errorf("a top-level mention read its thread %d times; it has no history", n)
	}

	// A reply in that thread, without a mention, is a follow-up.
	env, _ = b.fs.MessageEvent(fakeslack.Event{Channel: parent.Channel, ChannelType: "channel", ThreadTS: parent.TS, Text: "when did he resign?"})
	b.send(t, env)
	second := b.waitMessages(t, 2)[1]
	if second.ThreadTS != parent.TS {
		t.Errorf("follow-up answered in thread %q, want %q", second.ThreadTS, parent.TS)
	}
	if !strings.Contains(second.Text, resign.When) {
		t.Errorf("follow-up answer lacks %q (Flynn's resignation):\n%s", resign.When, second.Text)
	}
	if !strings.Contains(blocksText(t, second.Blocks), fmt.Sprintf("¶%d", cite)) {
		t.Errorf("follow-up answer does not cite ¶%d:\n%s", cite, blocksText(t, second.Blocks))
	}
	if n := len(b.fs.Calls("conversations.replies")); n != 1 {
		t.Errorf("conversations.replies called %d times for one follow-up, want 1", n)
	}

	// A reply that mentions the bot arrives twice (app_mention and
	// message.channels): one answer, still in context.
	text := "<@" + b.fs.BotUserID() + "> and why did he resign?"
	env1, ev := b.fs.AppMention(fakeslack.Event{Channel: parent.Channel, ThreadTS: parent.TS, Text: text})
	env2, _ := b.fs.MessageEvent(fakeslack.Event{Channel: parent.Channel, ChannelType: "channel", ThreadTS: parent.TS, TS: ev.TS, Text: text})
	b.send(t, env1)
	b.send(t, env2)
	third := b.waitMessages(t, 3)[2]
	if !strings.Contains(third.Text, "Flynn") {
		t.Errorf("mention in the thread answered out of context:\n%s", third.Text)
	}

	// Loop protection: the bot's own and other bots' thread replies.
	for _, e := range []fakeslack.Event{
		{User: b.fs.BotUserID(), Text: "when did he resign?"},
		{BotID: "BOTHER", Subtype: "bot_message", Text: "when did he resign?"},
	} {
		e.Channel, e.ChannelType, e.ThreadTS = parent.Channel, "channel", parent.TS
		env, _ := b.fs.MessageEvent(e)
		b.send(t, env)
	}
	b.barrier(t)
	if n := len(botMessages(b.fs.Messages(), parent.Channel)); n != 3 {
		t.Errorf("%d replies in the thread, want 3 (no answers to bots)", n)
	}
}

// TestFollowUpsDependOnTheThread asks the same pronoun question in two
// threads about two people: each is answered about its own thread's
// subject, so the answer comes from the thread's history.
func TestFollowUpsDependOnTheThread(t *testing.T) {
	b := startBot(t, fakeslack.Options{})
	a := article(t)
	var people []knowledge.Entity
	for _, name := range []string{"Michael Flynn", "Sergey Kislyak"} {
		e, ok := a.Entity(name)
		if !ok || e.Role == "" {
			t.Fatalf("the article gives no role for %s", name)
		}
		people = append(people, e)
	}
	for i, e := range people {
		env, parent := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is " + e.Name + "?"})
		b.send(t, env)
		b.waitMessages(t, 2*i+1)
		env, _ = b.fs.MessageEvent(fakeslack.Event{Channel: parent.Channel, ChannelType: "channel", ThreadTS: parent.TS, Text: "what is his role?"})
		b.send(t, env)
		reply := b.waitMessages(t, 2*i+2)[2*i+1]
		other := people[1-i]
		if reply.ThreadTS != parent.TS || !strings.Contains(unescape(reply.Text), e.Role) || strings.Contains(unescape(reply.Text), other.Role) {
			t.Errorf("in %s's thread, \"what is his role?\" got:\n%s\nwant %q, not %q", e.Name, reply.Text, e.Role, other.Role)
		}
	}
}

// TestFollowUpObjectPronounNamesTheThreadsPerson: "when did sessions meet
// him?" in a thread about Kislyak is about Kislyak; "him" cannot be
// Sessions, the question's own subject (boundpronoun.go).
func TestFollowUpObjectPronounNamesTheThreadsPerson(t *testing.T) {
	b := startBot(t, fakeslack.Options{})
	env, parent := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Sergey Kislyak?"})
	b.send(t, env)
	b.waitMessages(t, 1)
	env, _ = b.fs.MessageEvent(fakeslack.Event{Channel: parent.Channel, ChannelType: "channel", ThreadTS: parent.TS, Text: "when did sessions meet him?"})
	b.send(t, env)
	reply := unescape(b.waitMessages(t, 2)[1].Text)
	if !strings.Contains(reply, "campaign") || strings.Contains(reply, "doesn't say") {
		t.Errorf("\"when did sessions meet him?\" in Kislyak's thread got:\n%s\nwant the meetings during the campaign", reply)
	}
}

func TestThreadReplyWithoutMentionIgnoredUnlessThreadBeganWithOne(t *testing.T) {
	b := startBot(t, fakeslack.Options{}, "LOG_LEVEL", "debug")
	// A person's thread, not begun with a mention.
	env, parent := b.fs.MessageEvent(fakeslack.Event{ChannelType: "channel", Text: "Anyone read the Sessions story?"})
	b.send(t, env)
	b.barrier(t)
	if n := len(b.fs.Calls("conversations.replies")); n != 0 {
		t.Errorf("a top-level channel message read a thread (%d calls): costly for every message", n)
	}
	env, _ = b.fs.MessageEvent(fakeslack.Event{Channel: parent.Channel, ChannelType: "channel", ThreadTS: parent.TS, Text: "Who is Sergey Kislyak?"})
	b.send(t, env)
	if err := b.fs.Wait(waitCtx(t), func(st fakeslack.State) bool { return st.Calls("conversations.replies") == 1 }); err != nil {
		t.Fatalf("the thread's parent was never checked: %v", err)
	}
	// A reply addressed to someone else is not even looked at, and the
	// thread, once found not to be the bot's, is not read again.
	for _, text := range []string{"<@U0ALICE> who is Kislyak?", "Who is Michael Flynn?"} {
		env, _ = b.fs.MessageEvent(fakeslack.Event{Channel: parent.Channel, ChannelType: "channel", ThreadTS: parent.TS, Text: text})
		b.send(t, env)
	}
	// The first reply was ignored after reading the thread, the second
	// from memory; the one addressed to someone else never reached a worker.
	b.waitLog(t, logIgnored, 2)
	if n := len(b.fs.Messages()); n != 0 {
		t.Errorf("%d replies in a thread the bot was not asked into: %q", n, b.fs.Messages()[0].Text)
	}
	if n := len(b.fs.Calls("conversations.replies")); n != 1 {
		t.Errorf("conversations.replies called %d times, want 1", n)
	}
	// A mention in that thread is answered.
	env, _ = b.fs.AppMention(fakeslack.Event{Channel: parent.Channel, ThreadTS: parent.TS, Text: "<@" + b.fs.BotUserID() + "> Who is Sergey Kislyak?"})
	b.send(t, env)
	if m := b.waitMessages(t, 1)[0]; m.ThreadTS != parent.TS {
		t.Errorf("mention answered in thread %q, want %q", m.ThreadTS, parent.TS)
	}
}

// publishedView returns the last view published for user.
func publishedView(t *testing.T, fs *fakeslack.Server, user string) string {
	t.Helper()
	var view string
	for _, c := range fs.Calls("views.publish") {
		if c.Args.Get("user_id") == user && c.Error == "" {
			view = c.Args.Get("view")
		}
	}
	if view == "" {
		t.Fatalf("no view published for %s", user)
	}
	return view
}

func TestHomeTabPublishedWithTheStory(t *testing.T) {
	b := startBot(t, fakeslack.Options{})
	a := article(t)
	b.send(t, b.fs.AppHomeOpened("U0READER", "messages"))
	b.send(t, b.fs.AppHomeOpened("U0READER", "home"))
	if err := b.fs.Wait(waitCtx(t), func(st fakeslack.State) bool { return st.Calls("views.publish") >= 1 }); err != nil {
		t.Fatalf("no views.publish: %v\n%s", err, b.stderr.String())
	}
	raw := publishedView(t, b.fs, "U0READER")
	var view struct {
		Type   string            `json:"type"`
		Blocks []json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal([]byte(raw), &view); err != nil {
		t.Fatal(err)
	}
	if view.Type != "home" || len(view.Blocks) == 0 || len(view.Blocks) > 100 {
		t.Fatalf("view type %q with %d blocks", view.Type, len(view.Blocks))
	}
	t.Logf("home view: %d blocks, %d bytes of JSON", len(view.Blocks), len(raw))
	text := unescape(raw)
	var want []string
	want = append(want, a.Title, "How questions are answered now: lookup from the article")
	lead := []rune(a.Lead())
	want = append(want, string(lead[:min(60, len(lead))]))
	people := 0
	for _, e := range a.Entities {
		if e.Kind == knowledge.Person && e.Role != "" {
			want = append(want, e.Name, e.Role)
			people++
		}
	}
	for _, e := range a.Events {
		want = append(want, e.When)
	}
	for _, w := range want {
		if !strings.Contains(text, strings.TrimSuffix(w, `"`)) {
			t.Errorf("home view lacks %q", w)
		}
	}
	if people == 0 || len(a.Events) == 0 {
		t.Fatalf("the article has %d people with roles and %d events: nothing to check", people, len(a.Events))
	}
	// Opened again: published again, from the same rendering.
	b.send(t, b.fs.AppHomeOpened("U0READER", "home"))
	if err := b.fs.Wait(waitCtx(t), func(st fakeslack.State) bool { return st.Calls("views.publish") >= 2 }); err != nil {
		t.Fatal(err)
	}
	if again := publishedView(t, b.fs, "U0READER"); again != raw {
		t.Errorf("second publish differs from the first")
	}
	if n := len(b.fs.Calls("views.publish")); n != 2 {
		t.Errorf("views.publish called %d times for two Home opens and one Messages open, want 2", n)
	}
}

// statusCalls returns the status argument of each setStatus call, in order.
func statusCalls(fs *fakeslack.Server) []string {
	var out []string
	for _, c := range fs.Calls("assistant.threads.setStatus") {
		out = append(out, c.Args.Get("status"))
	}
	return out
}

func TestAssistantThread(t *testing.T) {
	b := startBot(t, fakeslack.Options{})
	env, thread := b.fs.AssistantThreadStarted(fakeslack.AssistantThread{})
	b.send(t, env)
	if err := b.fs.Wait(waitCtx(t), func(st fakeslack.State) bool { return st.Calls("assistant.threads.setSuggestedPrompts") == 1 }); err != nil {
		t.Fatalf("no suggested prompts: %v\n%s", err, b.stderr.String())
	}
	call := b.fs.Calls("assistant.threads.setSuggestedPrompts")[0]
	if call.Args.Get("channel_id") != thread.Channel || call.Args.Get("thread_ts") != thread.ThreadTS {
		t.Errorf("prompts set on %s/%s, want %s/%s", call.Args.Get("channel_id"), call.Args.Get("thread_ts"), thread.Channel, thread.ThreadTS)
	}
	var prompts []struct{ Title, Message string }
	if err := json.Unmarshal([]byte(call.Args.Get("prompts")), &prompts); err != nil {
		t.Fatalf("prompts %q: %v", call.Args.Get("prompts"), err)
	}
	var got []string
	for _, p := range prompts {
		got = append(got, p.Message)
	}
	// The issue names these three for the default article.
	if want := []string{"Who is Sergey Kislyak?", "Show the timeline", "What did Flores say?"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("suggested prompts %q, want %q", got, want)
	}

	// Each prompt, asked in the thread: status on, answer in the thread,
	// status cleared; the title from the first question only.
	a := article(t)
	for i, q := range got {
		env, _ := b.fs.MessageEvent(fakeslack.Event{Channel: thread.Channel, User: thread.User, ThreadTS: thread.ThreadTS, Text: q})
		b.send(t, env)
		ms := b.waitMessages(t, i+1)
		reply := ms[i]
		if reply.Channel != thread.Channel || reply.ThreadTS != thread.ThreadTS {
			t.Errorf("%q answered in %s/%s, want the assistant thread", q, reply.Channel, reply.ThreadTS)
		}
		if err := b.fs.Wait(waitCtx(t), func(st fakeslack.State) bool { return st.Calls("assistant.threads.setStatus") == 2*(i+1) }); err != nil {
			t.Fatalf("status calls %q after %d questions: %v", statusCalls(b.fs), i+1, err)
		}
		st := statusCalls(b.fs)[2*i:]
		if st[0] != "is reading the article…" || st[1] != "" {
			t.Errorf("status calls for %q: %q, want set then cleared", q, st)
		}
		calls := b.fs.Calls("assistant.threads.setStatus")[2*i:]
		if lm := fakeslack.LoadingMessages(calls[0].Args); strings.Join(lm, "|") != "Reading the article…|Finding passages…|Checking quotations…" {
			t.Errorf("loading messages %q, want what the bot is doing", lm)
		}
		if lm := fakeslack.LoadingMessages(calls[1].Args); len(lm) != 0 {
			t.Errorf("clearing the status sent loading messages %q", lm)
		}
		// Order: status set before the reply, cleared after it.
		var order []string
		for _, c := range b.fs.Calls("") {
			switch c.Method {
			case "assistant.threads.setStatus", "chat.postMessage":
				order = append(order, c.Method+"="+c.Args.Get("status"))
			}
		}
		order = order[len(order)-3:]
		if order[0] != "assistant.threads.setStatus=is reading the article…" || order[1] != "chat.postMessage=" || order[2] != "assistant.threads.setStatus=" {
			t.Errorf("calls in order %q, want status, reply, clear", order)
		}
		switch i {
		case 1:
			if e := a.Events[0]; !strings.Contains(reply.Text, e.When) {
				t.Errorf("%q: reply lacks the first event %q:\n%s", q, e.When, reply.Text)
			}
		case 2:
			if qs := a.QuotesBy("Flores"); len(qs) == 0 || !strings.Contains(unescape(reply.Text), qs[0].Text[:20]) {
				t.Errorf("%q: reply lacks Flores's words:\n%s", q, reply.Text)
			}
		}
	}
	titles := b.fs.Calls("assistant.threads.setTitle")
	if len(titles) != 1 || titles[0].Args.Get("title") != got[0] {
		var ts []string
		for _, c := range titles {
			ts = append(ts, c.Args.Get("title"))
		}
		t.Errorf("titles set %q, want once, %q", ts, got[0])
	}
}

// clickable is a button found in a posted message.
type clickable struct {
	actionID, blockID, value string
	kind                     string // the element's type: "" for a button, or "feedback_buttons"
}

// buttons returns the buttons in a message's blocks (actions blocks,
// section accessories, and each of a feedback_buttons element's two in a
// context_actions block).
func buttons(t *testing.T, raw json.RawMessage) []clickable {
	t.Helper()
	type feedbackButton struct {
		Value string `json:"value"`
	}
	type button struct {
		Type     string          `json:"type"`
		ActionID string          `json:"action_id"`
		Value    string          `json:"value"`
		Positive *feedbackButton `json:"positive_button"`
		Negative *feedbackButton `json:"negative_button"`
	}
	var blocks []struct {
		Type      string   `json:"type"`
		BlockID   string   `json:"block_id"`
		Accessory *button  `json:"accessory"`
		Elements  []button `json:"elements"`
	}
	if err := json.Unmarshal(raw, &blocks); err != nil {
		t.Fatal(err)
	}
	var out []clickable
	for _, bl := range blocks {
		if bl.Accessory != nil && bl.Accessory.Type == "button" {
			out = append(out, clickable{actionID: bl.Accessory.ActionID, blockID: bl.BlockID, value: bl.Accessory.Value})
		}
		if bl.Type == "actions" {
			for _, e := range bl.Elements {
				out = append(out, clickable{actionID: e.ActionID, blockID: bl.BlockID, value: e.Value})
			}
		}
		if bl.Type == "context_actions" {
			for _, e := range bl.Elements {
				if e.Type == "feedback_buttons" && e.Positive != nil && e.Negative != nil {
					out = append(out,
						clickable{actionID: e.ActionID, blockID: bl.BlockID, value: e.Positive.Value, kind: e.Type},
						clickable{actionID: e.ActionID, blockID: bl.BlockID, value: e.Negative.Value, kind: e.Type})
				}
			}
		}
	}
	return out
}

func findButton(t *testing.T, bs []clickable, prefix string) clickable {
	t.Helper()
	for _, b := range bs {
		if strings.HasPrefix(b.actionID, prefix) {
			return b
		}
	}
	t.Fatalf("no button %s* among %+v", prefix, bs)
	return clickable{}
}

// vote returns the native feedback button for vote ("up" or "down") in a
// message's buttons.
func vote(t *testing.T, bs []clickable, vote string) clickable {
	t.Helper()
	for _, b := range bs {
		if b.kind == "feedback_buttons" && strings.HasPrefix(b.value, vote+" ") {
			return b
		}
	}
	t.Fatalf("no native %s vote among %+v", vote, bs)
	return clickable{}
}

// click is the block_actions envelope of user clicking c on message ts.
func click(fs *fakeslack.Server, user, channel, ts string, c clickable) fakeslack.Envelope {
	return fs.BlockActions(fakeslack.BlockAction{
		User: user, Channel: channel, MessageTS: ts, ActionID: c.actionID, BlockID: c.blockID, Value: c.value, Type: c.kind,
	})
}

// ephemeralsTo returns the ephemeral messages shown to user.
func ephemeralsTo(ms []fakeslack.Message, user string) []fakeslack.Message {
	var out []fakeslack.Message
	for _, m := range ms {
		if m.Ephemeral == user {
			out = append(out, m)
		}
	}
	return out
}

func TestFeedbackRecordedAndAcknowledged(t *testing.T) {
	file := filepath.Join(t.TempDir(), "feedback.jsonl")
	b := startBot(t, fakeslack.Options{}, "FEEDBACK_FILE", file)
	q := "Who is Sergey Kislyak?"
	want := expectedAnswer(t, q)
	env, ev := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> " + q})
	b.send(t, env)
	reply := b.waitMessages(t, 1)[0]
	checkAnswer(t, reply, want)
	up := vote(t, buttons(t, reply.Blocks), "up")
	vote(t, buttons(t, reply.Blocks), "down")
	if len(up.value) >= 2000 {
		t.Errorf("button value is %d characters; Slack allows under 2,000", len(up.value))
	}

	if ack := b.send(t, click(b.fs, "U0VOTER", ev.Channel, reply.TS, up)); ack.Payload != nil {
		t.Errorf("click acked with payload %s", ack.Payload)
	}
	ms := b.waitMessages(t, 2)
	thanks := ephemeralsTo(ms, "U0VOTER")
	if len(thanks) != 1 || !strings.Contains(thanks[0].Text, "Thanks — recorded.") || thanks[0].ThreadTS != reply.ThreadTS {
		t.Fatalf("acknowledgement %+v, want one ephemeral \"Thanks — recorded.\" in the thread", thanks)
	}

	info, err := os.Stat(file)
	if err != nil {
		t.Fatalf("feedback file: %v", err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("feedback file mode %v, want 0600", perm)
	}
	lines := readFeedback(t, file)
	if len(lines) != 1 {
		t.Fatalf("%d feedback lines, want 1", len(lines))
	}
	fb := lines[0]
	if fb.Vote != "up" || fb.User != "U0VOTER" || fb.Channel != ev.Channel || fb.MessageTS != reply.TS || fb.Question != q || fb.Mode != want.Mode || fb.Time.IsZero() {
		t.Errorf("recorded %+v", fb)
	}
	if first, _, _ := strings.Cut(want.Text, "\n"); !strings.Contains(fb.Answer, first) {
		t.Errorf("recorded answer %q, want it to hold %q", fb.Answer, first)
	}
	if len(fb.Citations) != len(want.Citations) {
		t.Fatalf("recorded citations %+v, want %+v", fb.Citations, want.Citations)
	}
	for i, c := range want.Citations {
		if fb.Citations[i].Paragraph != c.Paragraph || !strings.Contains(fb.Citations[i].Text, c.Text[:min(40, len(c.Text))]) {
			t.Errorf("citation %d recorded as %+v, want ¶%d %q", i, fb.Citations[i], c.Paragraph, c.Text)
		}
	}
	if log := b.stderr.String(); !strings.Contains(log, "msg=feedback") || strings.Contains(log, "Kislyak") {
		t.Errorf("want an info line \"feedback\" without the question's words at info level:\n%s", log)
	}

	// Many votes at once: every one a whole line.
	down := vote(t, buttons(t, reply.Blocks), "down")
	const n = 20
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			env := click(b.fs, fmt.Sprintf("U0V%02d", i), ev.Channel, reply.TS, down)
			if err := b.fs.Send(context.Background(), env); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	b.waitMessages(t, 2+n)
	if lines := readFeedback(t, file); len(lines) != 1+n {
		t.Errorf("%d feedback lines after %d more votes, want %d", len(lines), n, 1+n)
	} else {
		for _, fb := range lines[1:] {
			if fb.Vote != "down" || fb.Question != q {
				t.Errorf("concurrent vote recorded as %+v", fb)
			}
		}
	}
}

// feedbackLine is one line of the feedback file.
type feedbackLine struct {
	Time      jsonTime `json:"time"`
	User      string   `json:"user"`
	Channel   string   `json:"channel"`
	MessageTS string   `json:"message_ts"`
	Vote      string   `json:"vote"`
	Question  string   `json:"question"`
	Answer    string   `json:"answer"`
	Mode      string   `json:"mode"`
	Citations []struct {
		Paragraph int    `json:"paragraph"`
		Text      string `json:"text"`
	} `json:"citations"`
}

// jsonTime is an RFC 3339 time that must be present.
type jsonTime struct{ s string }

func (j *jsonTime) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, &j.s) }

// IsZero reports whether the time was missing.
func (j jsonTime) IsZero() bool { return j.s == "" || strings.HasPrefix(j.s, "0001-") }

func readFeedback(t *testing.T, file string) []feedbackLine {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []feedbackLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var fb feedbackLine
		if err := json.Unmarshal(sc.Bytes(), &fb); err != nil {
			t.Fatalf("feedback line %q: %v", sc.Text(), err)
		}
		out = append(out, fb)
	}
	return out
}

func TestFeedbackFileUnwritableIsLoggedNotFatal(t *testing.T) {
	file := filepath.Join(t.TempDir(), "missing-dir", "feedback.jsonl")
	b := startBot(t, fakeslack.Options{}, "FEEDBACK_FILE", file)
	env, ev := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Sergey Kislyak?"})
	b.send(t, env)
	reply := b.waitMessages(t, 1)[0]
	up := vote(t, buttons(t, reply.Blocks), "up")
	b.send(t, click(b.fs, "", ev.Channel, reply.TS, up))
	b.waitMessages(t, 2)
	if log := b.stderr.String(); !strings.Contains(log, "could not record feedback") {
		t.Errorf("no log line about the failed write:\n%s", log)
	}
	// Still answering.
	env, _ = b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Michael Flynn?"})
	b.send(t, env)
	b.waitMessages(t, 3)
}

func TestShowPassageShowsTheWholeParagraph(t *testing.T) {
	b := startBot(t, fakeslack.Options{})
	a := article(t)
	q := "What did Flores say?"
	want := expectedAnswer(t, q)
	if len(want.Citations) == 0 {
		t.Fatalf("%q has no citations to show", q)
	}
	env, ev := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> " + q})
	b.send(t, env)
	reply := b.waitMessages(t, 1)[0]
	btn := findButton(t, buttons(t, reply.Blocks), "storybot_passage_")
	n := want.Citations[0].Paragraph
	if btn.value != fmt.Sprint(n) {
		t.Errorf("first Show passage button has value %q, want %d", btn.value, n)
	}
	b.send(t, b.fs.BlockActions(fakeslack.BlockAction{User: "U0READER", Channel: ev.Channel, MessageTS: reply.TS, ActionID: btn.actionID, Value: btn.value}))
	ms := b.waitMessages(t, 2)
	shown := ephemeralsTo(ms, "U0READER")
	if len(shown) != 1 {
		t.Fatalf("%d ephemeral messages to the clicker, want 1", len(shown))
	}
	p, _ := a.Paragraph(n)
	if got := unescape(blocksText(t, shown[0].Blocks)); !strings.Contains(got, p.Text) || !strings.Contains(got, fmt.Sprintf("¶%d", n)) {
		t.Errorf("passage shown:\n%s\nwant the whole ¶%d:\n%s", got, n, p.Text)
	}
	if shown[0].ThreadTS != reply.ThreadTS {
		t.Errorf("passage shown in thread %q, want %q", shown[0].ThreadTS, reply.ThreadTS)
	}
	// A paragraph that does not exist gets a sentence, not silence.
	b.send(t, b.fs.BlockActions(fakeslack.BlockAction{User: "U0READER", Channel: ev.Channel, MessageTS: reply.TS, ActionID: "storybot_passage_999", Value: "999"}))
	ms = b.waitMessages(t, 3)
	if got := ephemeralsTo(ms, "U0READER"); len(got) != 2 || !strings.Contains(got[1].Text, "not in the article") {
		t.Errorf("unknown paragraph: %+v", got)
	}
}

// TestModelFollowUpGetsTheThread runs the program with a model (a loopback
// OpenAI-compatible server): a follow-up's request carries the thread's
// earlier question and the bot's answer, and the Home tab names the model.
func TestModelFollowUpGetsTheThread(t *testing.T) {
	a := article(t)
	p, _ := a.Paragraph(8)
	fo := fakeopenai.New("sk-test-key")
	defer fo.Close()
	// A reply that verifies: one of the article's sentences, cited.
	fo.Respond(func(fakeopenai.Request) fakeopenai.Reply {
		return fakeopenai.Reply{Text: p.Sentences[0] + " [P8]"}
	})
	b := startBot(t, fakeslack.Options{}, "OPENAI_API_KEY", "sk-test-key", "OPENAI_BASE_URL", fo.URL, "OPENAI_MODEL", "test-model")
	env, parent := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Michael Flynn?"})
	b.send(t, env)
	wait := func(n int) {
		t.Helper()
		if err := b.fs.Wait(waitCtx(t), func(st fakeslack.State) bool {
			ts := st.Texts()
			return len(ts) >= n && strings.Contains(ts[n-1], "Answered by")
		}); err != nil {
			t.Fatalf("answer %d never final: %v\n%s", n, err, b.stderr.String())
		}
	}
	wait(1)
	env, _ = b.fs.MessageEvent(fakeslack.Event{Channel: parent.Channel, ChannelType: "channel", ThreadTS: parent.TS, Text: "when did he resign?"})
	b.send(t, env)
	wait(2)
	reqs := fo.Requests()
	if len(reqs) < 2 {
		t.Fatalf("%d model requests, want 2", len(reqs))
	}
	last := reqs[len(reqs)-1]
	all := last.Prompt("system") + "\n" + last.Prompt("user") + "\n" + last.Prompt("assistant")
	if !strings.Contains(all, "when did he resign?") || !strings.Contains(all, "Who is Michael Flynn?") ||
		!strings.Contains(all, p.Sentences[0][:40]) {
		t.Errorf("the follow-up's model request lacks the thread's earlier turn:\n%s", all)
	}
	if strings.Contains(all, "Answered by") || strings.Contains(all, "reading the article") {
		t.Errorf("the history carries the bot's context line or placeholder:\n%s", all)
	}
	b.send(t, b.fs.AppHomeOpened("U0READER", "home"))
	if err := b.fs.Wait(waitCtx(t), func(st fakeslack.State) bool { return st.Calls("views.publish") == 1 }); err != nil {
		t.Fatal(err)
	}
	if view := publishedView(t, b.fs, "U0READER"); !strings.Contains(view, "How questions are answered now: test-model, checked against the article") {
		t.Errorf("home view does not name the model:\n%s", view)
	}
}
