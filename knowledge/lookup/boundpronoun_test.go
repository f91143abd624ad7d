package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// An object pronoun after a name refers to someone other than the name:
// the person of the message's first question, or of the thread.
func TestObjectPronounAfterNameRefersElsewhere(t *testing.T) {
	e := engineOf(t, "Mayor names new fire chief\n\nDALTON, Ga. (AP) — Mayor Ruth Kendall on Monday named Victor Osei the city's fire chief.\n\nOsei, 51, led the fire department in Rome, Georgia, for nine years.\n\nKendall first met Osei in March 2019 at a training conference in Atlanta, a city spokesman said.\n\nKendall met Gov. Brian Kemp in May 2021 to ask for state money for two new fire stations.\n")
	checkAnswers(t, e, []answerCase{
		{"who is osei & when did kendall meet him", []string{"March 2019"}, []string{"May 2021"}},
	})
	a, err := e.Answer(context.Background(), knowledge.Question{
		Text:    "when did kendall meet him",
		History: []knowledge.Turn{{Question: "who is victor osei", Answer: "Victor Osei is the city's fire chief."}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "March 2019") || strings.Contains(a.Text, "May 2021") {
		t.Errorf("thread follow-up: %q, want March 2019", a.Text)
	}
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"when did kendall meet him", true},
		{"did kendall thank them", true},
		{"did kendall call her", true},
		{"did kendall answer her question", false}, // a possessive "her" may be the subject's own
		{"when did he meet kendall", false},
		{"when did kendall start", false},
	} {
		if got := objectPronounAfterName(e.understand(c.q, nil)); got != c.want {
			t.Errorf("objectPronounAfterName(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
