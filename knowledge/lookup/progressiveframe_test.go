package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// ferryDeckhand is a short article written for this test, in no question
// set: a worker's act in progress when news reached him, told in the past
// progressive with a when-clause, and a quotation that shares the
// question's words.
const ferryDeckhand = `Ferry line to end winter runs

HARLOW BAY, Maine (AP) — The Harlow Bay ferry line will stop its winter crossings in January, the owners said Friday.

Deckhand Owen Pryce, 41, said he was tying up the morning boat when he learned the line would stop the runs.

"I found out from a passenger on the dock," Pryce said. "Nobody told the crew."

Farmer Ada Lund, 70, who was loading hay onto the noon ferry as the news spread, said the island would be cut off.
`

// "What was X doing when …" asks the act in progress around the event:
// the past progressive with a when- or as-clause (Quirk et al.,
// §4.27–4.28), not the sentence that only repeats the event's words.
func TestProgressiveFrameAnswersDoingWhen(t *testing.T) {
	e := engineOf(t, ferryDeckhand)
	checkAnswers(t, e, []answerCase{
		{"what was pryce doing when he found out", []string{"tying up the morning boat"}, []string{"from a passenger"}},
		{"what was ada lund doing as the news spread", []string{"loading hay"}, nil},
	})
}

// meteorFind is a short article written for this test, in no question
// set: the finding in the main clause, the act in progress in a
// "while"-clause after it, and a later sentence sharing the question's
// words.
const meteorFind = `Farmer's find is a rare meteorite

SALINA, Kan. (AP) — A retired farmer found a 40-pound meteorite while plowing a wheat field near Salina, scientists said Monday.

Dale Hertz, 71, said the stone had cracked his plow blade. He kept it on his porch for a year.

Geologist Ana Ruiz said the find was the largest in the county. Ruiz will talk about the find on Friday.
`

// "What was X doing when he found it" is answered by the -ing clause
// that frames the finding ("while plowing a wheat field", Quirk et al.
// §15.58), first, not by a sentence that only repeats "find".
func TestProgressiveFrameWhileClause(t *testing.T) {
	e := engineOf(t, meteorFind)
	checkAnswers(t, e, []answerCase{
		{"what was he doing when he found it", []string{"Plowing a wheat field near Salina."}, []string{"will talk"}},
		{"what was the farmer doing when he found the meteorite", []string{"plowing"}, nil},
	})
	if r := ask(t, e, knowledge.Question{Text: "what was he doing when he found it"}); !strings.HasPrefix(r.Text, "Plowing a wheat field") {
		t.Errorf("the act in progress should come first: %q", r.Text)
	}
}
