package lookup

import (
	"strings"
	"testing"
)

// A word after do-support and its subject is the verb ("did he buy"),
// so it meets the article's words by its verb senses only: not "steal",
// which WordNet files with the noun "buy" (a bargain), but "pay for".
// The article is written for this test and is in no question set.
func TestVerbAfterAuxiliarySubjectTakesVerbSenses(t *testing.T) {
	e := engineOf(t, "Treasurer charged\n\nBOISE, Idaho - A former youth league treasurer, Dale Ruiz, was charged Monday with stealing money from the league.\n\n"+
		"Prosecutors said Ruiz used the money to pay for a boat and a trip to Hawaii.\n")
	if a := answerOf(t, e, "what did he buy with the money"); !strings.Contains(a.Text, "boat") {
		t.Errorf("what he bought is what he paid for:\n%s", a.Text)
	}
}
