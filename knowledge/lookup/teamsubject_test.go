package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// cupFinal is a short article written for this test, in no question set:
// the winner is a club, the subject of the clause an infinitive of
// purpose completes, and a person is named nearer the verb.
const cupFinal = `Harbor City wins Atlantic Cup

HARBOR CITY, Md. (AP) — Marisol Rivera scored in the 88th minute and Harbor City FC beat Eastport United 2-1 on Saturday to win the Atlantic Cup for the first time.

The Atlantic Football Association ordered Eastport United to pay a fine after the match. Coach Alan Mercer praised the fans.
`

// A club's name ending in a club designator is an organisation, and the
// subject of "beat … to win" won, not the person named nearest "win".
func TestClubWinsAsTheClauseSubject(t *testing.T) {
	a, err := knowledge.Parse(cupFinal, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, ent := range a.Entities {
		if (ent.Name == "Harbor City FC" || ent.Name == "Eastport United") && ent.Kind != knowledge.Organisation {
			t.Errorf("%s is a %s, want an organisation", ent.Name, ent.Kind)
		}
	}
	e := engineOf(t, cupFinal)
	ans := ask(t, e, knowledge.Question{Text: "who won the cup"})
	if !strings.HasPrefix(ans.Text, "Harbor City FC.") {
		t.Errorf("who won: %s", ans.Text)
	}
	ans = ask(t, e, knowledge.Question{Text: "who has to pay a fine"})
	if strings.HasPrefix(ans.Text, "Atlantic Football Association") {
		t.Errorf("an ordering verb passes the infinitive's subject to its object: %s", ans.Text)
	}
}
