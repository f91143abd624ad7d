package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestDeclinedCommentAnswers checks that "how did X react", "what did X
// say" and "did X say anything" of a person who, as the subject, gave no
// comment are answered with that sentence (a spokeswoman for X counts),
// and that a person who is only the object of another's silence ("police
// have not said whether …") is still refused.
func TestDeclinedCommentAnswers(t *testing.T) {
	e := engineOf(t, `Library director quits after budget fight

HARTWELL, Ore. (AP) — The director of the Hartwell Public Library, Nadia Orlov, resigned Monday after the city council cut the library's budget by a third.

"I cannot run a library on promises," Orlov said in a letter to the board.

Mayor Ted Quill declined to comment on the resignation. A spokeswoman for County Judge Irene Baptiste did not respond to a request for comment.

Police have not said whether Victor Lamb, a council member, was questioned about a threatening letter.
`)
	for _, c := range []struct{ q, want string }{
		{"how did the mayor react to the resignation", "declined to comment"},
		{"did quill say anything", "declined to comment"},
		{"what did baptiste say", "did not respond"},
	} {
		a := ask(t, e, knowledge.Question{Text: c.q})
		if !a.Found || !strings.Contains(a.Text, c.want) {
			t.Errorf("%q should be answered with %q:\n%s", c.q, c.want, a.Text)
		}
	}
	if a := ask(t, e, knowledge.Question{Text: "what did lamb say"}); a.Found {
		t.Errorf("Lamb is not the one who kept silent; should be refused:\n%s", a.Text)
	}
}
