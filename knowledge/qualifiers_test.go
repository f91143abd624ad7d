package knowledge

import (
	"strings"
	"testing"
)

// qualifierText is a made-up story with two ambassadors of different
// countries, a president given no nationality, a party-and-state tag, a
// party appositive and a body named later by its common noun.
const qualifierText = "Envoys meet senators\n\n" +
	"The Budget Panel held hearings last week. " +
	"French ambassador Anne Roche met Sen. Mark Hale, D-Ore., the panel's chairman, on Monday.\n\n" +
	"Roche said the talks were useful. German ambassador Karl Weiss did not attend.\n\n" +
	"Hale's spokesman, Ben Ortiz, said then-President Paul Grant had asked for the talks. " +
	"Council member Ruth Abel, a Republican, criticised the meeting.\n"

// TestQualifiedTitles checks that a title's qualifier (nationality,
// possessor, party, place) must be the holder's own, that a body named by
// its common noun is named in the answer, and that a party-and-state tag
// answers state and party questions.
func TestQualifiedTitles(t *testing.T) {
	art, err := Parse(qualifierText, Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := NewLookup(art)
	for _, c := range []struct{ q, want string }{
		{"Who is the French ambassador?", "Roche"},
		{"Who is the German ambassador?", "Weiss"},
		{"Who is Hale's spokesman?", "Ortiz"},
		{"Which state does Hale represent?", "Oregon"},
		{"Where is Mark Hale from?", "Oregon"},
		{"Is Hale a Democrat?", "Yes"},
		{"Is Hale a Republican?", "No"},
		{"Who represents Oregon?", "Hale"},
		{"Who is the Democratic senator?", "Hale"},
		{"What party is Ruth Abel in?", "Republican"},
		{"Which panel does Hale chair?", "Budget Panel"},
		{"What country does Anne Roche represent?", "French"},
	} {
		a := ask(t, l, Question{Text: c.q})
		if !a.Found || !strings.Contains(a.Text, c.want) {
			t.Errorf("%q: want found with %q, got %v %q", c.q, c.want, a.Found, a.Text)
		}
		checkVerbatim(t, art, a)
	}
	for _, q := range []string{
		"Who is the French president?",   // the president has no nationality here
		"Who is the Italian ambassador?", // no such ambassador
		"Who is Roche's spokesman?",      // the spokesman is Hale's
		"Who is the Republican senator?", // Hale is a Democrat
		"What did the German president say?",
		"Which state does Ruth Abel represent?",
		"What did Roche state?",
	} {
		if a := ask(t, l, Question{Text: q}); a.Found {
			t.Errorf("%q: the story doesn't say, got %q", q, a.Text)
		}
	}
	if a := ask(t, l, Question{Text: "Who is the Russian president?"}); a.Found {
		t.Errorf("a president without nationality is no Russian president, got %q", a.Text)
	}
}
