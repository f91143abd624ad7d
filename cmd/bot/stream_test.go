package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"storybot/internal/fakeopenai"
	"storybot/internal/fakeslack"
)

// modelBot starts the program with a loopback model that answers every
// question with reply, against a loopback Slack with opts.
func modelBot(t *testing.T, opts fakeslack.Options, reply fakeopenai.Reply, extraEnv ...string) *botRun {
	t.Helper()
	fo := fakeopenai.New(fakeKey)
	t.Cleanup(fo.Close)
	fo.Respond(func(fakeopenai.Request) fakeopenai.Reply { return reply })
	env := append([]string{"OPENAI_API_KEY", fakeKey, "OPENAI_BASE_URL", fo.URL, "OPENAI_MODEL", "fake-model", "OPENAI_TIMEOUT", "10s"}, extraEnv...)
	return startBot(t, opts, env...)
}

// waitStopped waits for the n-th message the bot posted to be a stopped
// stream and returns it.
func (b *botRun) waitStopped(t *testing.T, n int) fakeslack.Message {
	t.Helper()
	var m fakeslack.Message
	err := b.fs.Wait(waitCtx(t), func(st fakeslack.State) bool {
		ms := st.Posted()
		if len(ms) < n || ms[n-1].Stream != "stopped" {
			return false
		}
		m = ms[n-1]
		return true
	})
	if err != nil {
		t.Fatalf("no stopped stream %d: %v\nmessages %+v\n%s", n, err, b.fs.Messages(), b.stderr.String())
	}
	return m
}

// tasks returns the task_update chunks of m as "id:status:title".
func tasks(m fakeslack.Message) []string {
	var out []string
	for _, c := range m.Chunks {
		if c.Type == "task_update" {
			out = append(out, c.ID+":"+c.Status+":"+c.Title)
		}
	}
	return out
}

// streamedText returns the markdown appended before chat.stopStream, chunk
// by chunk.
func streamedText(m fakeslack.Message) []string {
	var out []string
	for _, c := range m.Chunks {
		if c.Type == "markdown_text" && c.Method != "chat.stopStream" {
			out = append(out, c.Text)
		}
	}
	return out
}

// TestNativeStreamInChannelThread: a model answer to a mention streams
// natively in the mention's thread, to the asker (recipient user and
// team, which Slack requires outside DMs); only verified text is appended;
// task cards show the steps; the stop carries the rest of the answer, the
// passages and native feedback, whose votes are recorded.
func TestNativeStreamInChannelThread(t *testing.T) {
	file := filepath.Join(t.TempDir(), "feedback.jsonl")
	b := modelBot(t, fakeslack.Options{}, fakeopenai.Reply{
		Chunks: []string{
			"Sarah Isgur Flores is Sessions' ", "spokeswoman [P4].",
			` She said "there was absolutely nothing misleading about his answer" [P5].`,
		},
		ChunkDelay: 300 * time.Millisecond,
	}, "FEEDBACK_FILE", file)
	env, ev := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Flores?"})
	b.send(t, env)
	m := b.waitStopped(t, 1)

	if m.ThreadTS != ev.TS || m.RecipientUser != ev.User || m.RecipientTeam != "TFAKE0001" || m.TaskDisplayMode != "timeline" {
		t.Errorf("stream started in %q for %q/%q (%q), want the mention's thread %q, its author and team",
			m.ThreadTS, m.RecipientUser, m.RecipientTeam, m.TaskDisplayMode, ev.TS)
	}
	if n := len(b.fs.Calls("chat.postMessage")) + len(b.fs.Calls("chat.update")); n != 0 {
		t.Errorf("%d chat.postMessage/chat.update calls beside the stream", n)
	}
	appended := streamedText(m)
	if len(appended) == 0 || !strings.HasPrefix(appended[0], "Sarah Isgur Flores is Sessions' spokeswoman (¶4)") {
		t.Errorf("appended %q, want the first verified sentence first", appended)
	}
	for _, a := range appended {
		if strings.Contains(a, "[P") || strings.Contains(a, "Sessions' \n") {
			t.Errorf("appended unverified text %q", a)
		}
	}
	for _, want := range []string{"nothing misleading about his answer", "(¶5)", "*¶4*", "Answered by fake-model, checked against the article"} {
		if !strings.Contains(m.Shown(), want) {
			t.Errorf("final message lacks %q:\n%s", want, m.Shown())
		}
	}
	ts := strings.Join(tasks(m), "\n")
	// The in-progress check names what has arrived so far: ¶4 alone, or
	// ¶4 and ¶5 when both sentences came before the stream's next tick
	// (timing on a loaded machine decides which).
	if !strings.Contains(ts, "check:in_progress:Checking citations against ¶4") && !strings.Contains(ts, "check:in_progress:Checking 1 quotation against ¶4, ¶5") {
		t.Errorf("task updates lack an in-progress check of ¶4:\n%s", ts)
	}
	for _, want := range []string{
		"find:in_progress:Finding passages", "find:complete:Finding passages",
		"check:complete:Checked 1 quotation against ¶4, ¶5",
	} {
		if !strings.Contains(ts, want) {
			t.Errorf("task updates lack %q:\n%s", want, ts)
		}
	}
	if !strings.Contains(b.stderr.String(), `msg="answers stream natively"`) {
		t.Errorf("the log does not say answers stream natively:\n%s", b.stderr.String())
	}

	// A vote through the native element is recorded with the answer.
	up := vote(t, buttons(t, m.Blocks), "up")
	if up.actionID != "storybot_feedback" {
		t.Errorf("feedback action id %q", up.actionID)
	}
	b.send(t, click(b.fs, "U0VOTER", ev.Channel, m.TS, up))
	b.waitLog(t, "msg=feedback ", 1)
	if err := b.fs.Wait(waitCtx(t), func(st fakeslack.State) bool { return st.Calls("chat.postEphemeral") == 1 }); err != nil {
		t.Fatal(err)
	}
	lines := readFeedback(t, file)
	if len(lines) != 1 || lines[0].Vote != "up" || lines[0].Question != "Who is Flores?" || lines[0].Mode != "model" ||
		!strings.Contains(lines[0].Answer, "Sarah Isgur Flores") || len(lines[0].Citations) != 2 {
		t.Errorf("recorded %+v", lines)
	}
}

// TestNativeStreamFailedCheck: a model answer whose second sentence invents
// a quotation never streams it; the stream says the model's answer failed
// a check and ends with the article's answer.
func TestNativeStreamFailedCheck(t *testing.T) {
	b := modelBot(t, fakeslack.Options{}, fakeopenai.Reply{
		Chunks:     []string{"Sarah Isgur Flores is Sessions' spokeswoman [P4].", ` She said "he is a Russian spy" [P5].`},
		ChunkDelay: 300 * time.Millisecond,
	})
	env, _ := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Flores?"})
	b.send(t, env)
	m := b.waitStopped(t, 1)
	if strings.Contains(m.Shown(), "spy") {
		t.Errorf("the invented quotation reached Slack:\n%s", m.Shown())
	}
	if !strings.Contains(m.Shown(), "Answered by lookup") {
		t.Errorf("the stream does not end with the article's answer:\n%s", m.Shown())
	}
	if ts := strings.Join(tasks(m), "\n"); !strings.Contains(ts, "check:error:Model answer failed a check — answering from the article") {
		t.Errorf("no failed-check step:\n%s", ts)
	}
}

// TestNativeStreamInDMAndAssistantThread: in a direct message the stream
// goes in the question's thread without recipient (Slack needs none in a
// DM); in an assistant thread it goes in that thread, with the status
// and its loading messages set before and cleared after.
func TestNativeStreamInDMAndAssistantThread(t *testing.T) {
	b := modelBot(t, fakeslack.Options{}, fakeopenai.Reply{Text: "Sarah Isgur Flores is Sessions' spokeswoman [P4]."})
	env, dm := b.fs.MessageEvent(fakeslack.Event{Text: "Who is Flores?"})
	b.send(t, env)
	m := b.waitStopped(t, 1)
	if m.Channel != dm.Channel || m.ThreadTS != dm.TS || m.RecipientUser != "" || m.RecipientTeam != "" {
		t.Errorf("DM stream in %s/%s for %q/%q, want the question's thread %s/%s and no recipient",
			m.Channel, m.ThreadTS, m.RecipientUser, m.RecipientTeam, dm.Channel, dm.TS)
	}

	env, thread := b.fs.AssistantThreadStarted(fakeslack.AssistantThread{})
	b.send(t, env)
	env, _ = b.fs.MessageEvent(fakeslack.Event{Channel: thread.Channel, User: thread.User, ThreadTS: thread.ThreadTS, Text: "Who is Flores?"})
	b.send(t, env)
	m = b.waitStopped(t, 2)
	if m.ThreadTS != thread.ThreadTS || !strings.Contains(m.Shown(), "Answered by fake-model") {
		t.Errorf("assistant-thread stream in %q: %s", m.ThreadTS, m.Shown())
	}
	if err := b.fs.Wait(waitCtx(t), func(st fakeslack.State) bool { return st.Calls("assistant.threads.setStatus") == 2 }); err != nil {
		t.Fatalf("status calls %q: %v", statusCalls(b.fs), err)
	}
	var order []string
	for _, c := range b.fs.Calls("") {
		switch c.Method {
		case "assistant.threads.setStatus", "chat.startStream", "chat.stopStream":
			order = append(order, c.Method+"="+c.Args.Get("status"))
		}
	}
	order = order[len(order)-4:]
	if strings.Join(order, " ") != "assistant.threads.setStatus=is reading the article… chat.startStream= chat.stopStream= assistant.threads.setStatus=" {
		t.Errorf("calls in order %q, want status, stream, clear", order)
	}
	if lm := fakeslack.LoadingMessages(b.fs.Calls("assistant.threads.setStatus")[0].Args); len(lm) == 0 {
		t.Errorf("the status carries no loading messages")
	}
}

// TestNativeStreamRefusedFallsBackOnce: where Slack refuses the stream
// methods, the first answer tries chat.startStream once, logs the
// fallback, and every answer is posted and updated, with plain vote
// buttons; the method is not tried again in this process.
func TestNativeStreamRefusedFallsBackOnce(t *testing.T) {
	b := modelBot(t, fakeslack.Options{RefuseStreaming: "not_allowed"}, fakeopenai.Reply{Text: "Sarah Isgur Flores is Sessions' spokeswoman [P4]."})
	for i := range 2 {
		env, _ := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Flores?"})
		b.send(t, env)
		b.waitLog(t, logAnswered, i+1)
	}
	if n := len(b.fs.Calls("chat.startStream")); n != 1 {
		t.Errorf("chat.startStream called %d times, want once per process", n)
	}
	if n := strings.Count(b.stderr.String(), "Slack refused native streaming"); n != 1 {
		t.Errorf("the fallback was logged %d times, want once:\n%s", n, b.stderr.String())
	}
	ms := b.fs.Messages()
	if len(ms) != 2 {
		t.Fatalf("%d messages, want 2", len(ms))
	}
	for _, m := range ms {
		if m.Stream != "" || len(m.Updates) == 0 || !strings.Contains(m.Updates[0], "reading the article") || !strings.Contains(m.Text, "Answered by fake-model") {
			t.Errorf("not posted and updated: %+v", m)
		}
		findButton(t, buttons(t, m.Blocks), "storybot_feedback_up")
	}
}

// TestFeedbackElementShape checks the native feedback element against
// Slack's documented shape: a feedback_buttons element, in a
// context_actions block, with plain_text buttons and values.
func TestFeedbackElementShape(t *testing.T) {
	b := startBot(t, fakeslack.Options{})
	env, _ := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Sergey Kislyak?"})
	b.send(t, env)
	m := b.waitMessages(t, 1)[0]
	var blocks []map[string]any
	if err := json.Unmarshal(m.Blocks, &blocks); err != nil {
		t.Fatal(err)
	}
	last := blocks[len(blocks)-1]
	els, _ := last["elements"].([]any)
	if last["type"] != "context_actions" || len(els) != 1 {
		t.Fatalf("last block %v, want a context_actions block with one element", last)
	}
	el := els[0].(map[string]any)
	for _, k := range []string{"positive_button", "negative_button"} {
		btn, _ := el[k].(map[string]any)
		text, _ := btn["text"].(map[string]any)
		if el["type"] != "feedback_buttons" || text["type"] != "plain_text" || btn["value"] == "" {
			t.Errorf("%s of %v is not a plain_text button with a value", k, el)
		}
	}
}
