package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// reefSalvage is a short article written for this test, in no question
// set: two dated acts of a woman whose given name is a month, and an act
// begun on a past day.
const reefSalvage = `Divers start raising boats sunk in storm

PORT ALDEN, Mich. (AP) — Divers began raising the sunken fishing boats on Monday, four days after a storm sank nine of them at the Port Alden pier.

Harbor master June Okoro received the Lifesaving Medal in 2012. She taught seamanship at the Great Lakes Maritime Academy for 20 years, retiring in 2019.
`

// The question's cues read the words chat abbreviates ("b4", "r") as
// their tokens do, and "when are they raising" of an act the article
// tells begun on a past day is answered with that day: the present
// progressive asks about an act in progress.
func TestChatFormsReachEveryCue(t *testing.T) {
	e := engineOf(t, reefSalvage)
	a := ask(t, e, knowledge.Question{Text: "did she get the lifesaving medal b4 or after she retired"})
	if !a.Found || !strings.HasPrefix(a.Text, "Before") || strings.Contains(a.Text, "(June)") {
		t.Errorf("want Before, by 2012 and 2019, not the given name June, got %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "when r the divers raising the boats"})
	if !a.Found || !strings.HasPrefix(a.Text, "On Monday") {
		t.Errorf("want Monday, got %s", a.Text)
	}
}

// TestChatAnd checks that "n", chat's "and" (Wiktionary, "Appendix:English
// internet slang"), is read as the conjunction, not as a word the article
// never uses that ends the question in a refusal.
func TestChatAnd(t *testing.T) {
	if got := expandChat("how much will the fence n pipe cost"); got != "how much will the fence and pipe cost" {
		t.Errorf("expandChat: got %q", got)
	}
	e := engineOf(t, reefSalvage)
	a := ask(t, e, knowledge.Question{Text: "who got the lifesaving medal n taught seamanship"})
	if strings.Contains(a.Text, `"n"`) {
		t.Errorf("want n read as and, got %s", a.Text)
	}
}
