package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// refuses reports a question the engine answers when the article does
// not.
func refuses(t *testing.T, e *Engine, q string) {
	t.Helper()
	a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
	if err != nil {
		t.Fatalf("%q: %v", q, err)
	}
	if a.Found {
		t.Errorf("%q: want not found, got:\n%s", q, a.Text)
	}
}

// "the herd owner" is the one the article introduces as "who owns the
// herd"; a quotation question's description means someone quoted.
func TestAgentClauseSpeaker(t *testing.T) {
	e := engineOf(t, "Sheep graze on airport's grassy margins\n\nBELLHAVEN, Ore. (AP) — Two hundred sheep began grazing the grass beside the runways at Bellhaven Regional Airport on Monday.\n\nTomas Arrieta, who owns the flock and keeps it on a farm near Selby, said the sheep would stay until October. \"They work cheaper than any mower,\" Arrieta said.\n\n\"Birds stay away from short grass,\" said airport manager Ruth Oyelowo.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the flock owner say", []string{"cheaper than any mower"}, []string{"Birds stay"}},
		{"what'd the owner say", []string{"cheaper than any mower"}, []string{"Birds stay"}},
	})
	if !agentClauseVerb(tokenize("who has owned the farm"), 2, term{lower: "owner", stem: "owner", alts: []string{"own"}, derived: true}) {
		t.Error(`"who has owned": the clause's verb should meet "owner"`)
	}
	if agentClauseVerb(tokenize("the owned farm"), 1, term{lower: "owner", stem: "owner", alts: []string{"own"}, derived: true}) {
		t.Error(`"the owned farm": no who-clause, no owner`)
	}
	e = engineOf(t, "Rower crosses the bay\n\nPORT ELLIS, Maine (AP) — A local rower crossed Ellis Bay on Sunday in a record four hours.\n\nMara Lind, 34, a rower from Port Ellis, said the tide helped. \"I stopped feeling my hands after an hour,\" Lind said.\n\nThe earlier record was set by rower Jo Pike in 2011.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the rower say", []string{"feeling my hands"}, nil}, // the one quoted, not Pike
	})
}
