package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

func TestNamingSentence(t *testing.T) {
	e := engineOf(t, "Town picks name for new library\n\nMILLBROOK, Iowa (AP) — A library opening next year in Millbrook will honor a retired teacher, the Millbrook Library District board said Monday.\n\nThe board voted to call the $12 million building Alma Reyes Library.\n\nThe merged bakery will keep the Hollis name, the owners said.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what will the new library be called", first: "Alma Reyes Library"},
		{q: "what will the merged bakery be called", first: "Hollis"},
	})
	// the description ends in a clause: its last word is no noun to look for
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "what's the name of the library they voted on"})
	if err != nil || strings.Contains(a.Text, "Alma Reyes") {
		t.Errorf("a clause's verb read as the thing named: %v %q", err, a.Text)
	}
}
