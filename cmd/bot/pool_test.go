package main

import (
	"context"
	"strings"
	"testing"

	"storybot/internal/fakeslack"
	"storybot/knowledge"
)

// panicky panics on questions containing "PANIC" and otherwise asks next.
type panicky struct{ next knowledge.Answerer }

func (p panicky) Answer(ctx context.Context, q knowledge.Question) (knowledge.Answer, error) {
	if strings.Contains(q.Text, "PANIC") {
		panic("test panic while answering")
	}
	return p.next.Answer(ctx, q)
}

// TestPanicInAnswerApologises: a panic while answering a slash command or
// a mention is recovered in the worker pool: the asker gets an apology,
// the stack is logged, and the process keeps answering.
func TestPanicInAnswerApologises(t *testing.T) {
	wrapAnswerer = func(a knowledge.Answerer) knowledge.Answerer { return panicky{a} }
	defer func() { wrapAnswerer = nil }()
	b := startBot(t, fakeslack.Options{}, "HEALTH_ADDR", "127.0.0.1:0")

	txt := ackText(t, b.send(t, b.fs.SlashCommand(fakeslack.SlashCommand{Command: "/ask", Text: "PANIC now"})))
	if !strings.Contains(txt, "Sorry") {
		t.Errorf("/ask that panicked was acked with %q, want an apology", txt)
	}
	q := "Who is Sergey Kislyak?"
	first, _, _ := strings.Cut(expectedAnswer(t, q).Text, "\n")
	txt = ackText(t, b.send(t, b.fs.SlashCommand(fakeslack.SlashCommand{Command: "/ask", Text: q})))
	if !strings.Contains(unescape(txt), first) {
		t.Errorf("after a panic, /ask answered %q, want %q", txt, first)
	}

	env, _ := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> PANIC please"})
	b.send(t, env)
	ms := b.waitMessages(t, 1)
	if !strings.Contains(ms[0].Text, "Sorry") {
		t.Errorf("mention that panicked got %q, want an apology", ms[0].Text)
	}
	env, _ = b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> " + q})
	b.send(t, env)
	ms = b.waitMessages(t, 2)
	if !strings.Contains(unescape(ms[1].Text), first) {
		t.Errorf("after a panic, a mention got %q, want %q", ms[1].Text, first)
	}
	log := b.stderr.String()
	if n := strings.Count(log, "panic recovered"); n != 2 {
		t.Errorf("%d panics logged, want 2:\n%s", n, log)
	}
	if !strings.Contains(log, "stack=") && !strings.Contains(log, `"stack"`) {
		t.Errorf("panic logged without its stack")
	}
	m := metricsOf(t, log)
	wantMetric(t, m, `storybot_panics_recovered_total{job="slash_command"} 1`)
	wantMetric(t, m, `storybot_panics_recovered_total{job="message"} 1`)
}
