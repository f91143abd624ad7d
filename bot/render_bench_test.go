package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/slack-go/slack"

	"storybot/knowledge"
	"storybot/knowledge/lookup"
)

// benchAnswers are the lookup's answers to a few questions of different
// kinds, rendered by the benchmarks below.
func benchAnswers(b *testing.B) []knowledge.Answer {
	b.Helper()
	a, err := knowledge.Default(knowledge.Options{})
	if err != nil {
		b.Fatal(err)
	}
	l := lookup.New(a, nil)
	var out []knowledge.Answer
	for _, q := range []string{"Who is Sergey Kislyak?", "What did Flores say?", "When did Flynn resign?", "How tall is Michael Flynn?"} {
		ans, err := l.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, ans)
	}
	return out
}

// BenchmarkRender renders an answer into Slack messages (Block Kit and
// fallback text), as the bot does before posting.
func BenchmarkRender(b *testing.B) {
	answers := benchAnswers(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if msgs := pack(answerParts(answers[i%len(answers)])); len(msgs) == 0 {
			b.Fatal("no message")
		}
		i++
	}
}

// BenchmarkRenderJSON is BenchmarkRender plus encoding the blocks as
// chat.postMessage sends them.
func BenchmarkRenderJSON(b *testing.B) {
	answers := benchAnswers(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		for _, m := range pack(answerParts(answers[i%len(answers)])) {
			if _, err := json.Marshal(slack.Blocks{BlockSet: m.blocks}); err != nil {
				b.Fatal(err)
			}
		}
		i++
	}
}

// nopSlack accepts every post without a network.
type nopSlack struct{}

func (nopSlack) PostMessageContext(context.Context, string, ...slack.MsgOption) (string, string, error) {
	return "C1", "1.1", nil
}

func (nopSlack) UpdateMessageContext(context.Context, string, string, ...slack.MsgOption) (string, string, string, error) {
	return "C1", "1.1", "", nil
}

func (nopSlack) PostEphemeralContext(context.Context, string, string, ...slack.MsgOption) (string, error) {
	return "1.1", nil
}

// BenchmarkAnswerMessage is the bot's whole work for one mention after the
// ack, without a network: de-duplication, reading the question, the lookup
// answer, rendering and building the post.
func BenchmarkAnswerMessage(b *testing.B) {
	a, err := knowledge.Default(knowledge.Options{})
	if err != nil {
		b.Fatal(err)
	}
	bt, err := New(Config{Answerer: lookup.New(a, nil), Article: a, Slack: nopSlack{}, BotUserID: "UBOT"})
	if err != nil {
		b.Fatal(err)
	}
	qs := []string{"Who is Sergey Kislyak?", "What did Flores say?", "When did Flynn resign?", "How tall is Michael Flynn?"}
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		bt.answerMessage(ctx, incoming{channel: "C1", user: "U1", ts: fmt.Sprintf("%d.000001", i), kind: "app_mention",
			text: "<@UBOT> " + qs[i%len(qs)]})
		i++
	}
}
