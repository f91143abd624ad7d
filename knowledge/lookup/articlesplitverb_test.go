package lookup

import "testing"

// TestArticleSplitVerb asks by one word ("raise", "cancel") for acts a
// short article of its own tells by phrasal verbs with the particle after
// a pronoun object ("bring it up", "called it off"), and asks of one
// whose particle opens a noun phrase ("put it on the table": "on" is a
// preposition, no "put on").
func TestArticleSplitVerb(t *testing.T) {
	e := engineOf(t, `Orchard town weighs curfew

HOLLIS, Wash. (AP) — The town council shelved a youth curfew on Tuesday. Mayor Ada Quinn said she would bring it up again in June.

The harvest parade was set for Saturday, but organizers called it off because of smoke.
`)
	checkAnswers(t, e, []answerCase{
		{q: "who will raise the curfew again", want: []string{"Quinn"}},
	})
	checkOpenings(t, e, []openingCase{
		{"was the parade cancelled", "Yes", []string{"smoke"}, nil},
	})
}
