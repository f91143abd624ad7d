package lookup

import (
	"strings"
	"testing"
)

// A yes/no question's subject noun that the sentence holds only as a
// preposition's object, with the asked act read there only in other
// words, did not do what the sentence tells ("sending the bill to the
// House"); the article is written for this test and is in no question
// set.
func TestSubjectOnlyAfterPrepositionIsNoYes(t *testing.T) {
	e := engineOf(t, "Idaho Senate passes ban on phones in schools\n\nBOISE, Idaho (AP) — The Idaho Senate voted 21-14 on Tuesday to ban students from using phones during class, sending the bill to the House, where its backers expect a close vote.\n\n"+
		"At least 12 states have passed laws limiting phones in schools since 2023.\n")
	if a := answerOf(t, e, "did the house pass it"); strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("the House only receives the bill, yet:\n%s", a.Text)
	}
}
