package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestConverseDoer checks, on a short article written for this test,
// that "who bought the Hawks" is answered from "The Boise Hawks have been
// sold to an investment group led by … Dwayne Oduya", the converse verb
// naming the buyer in its "to" phrase; that "belonged to" names an
// owner; that the active "The Hawks sold … to a church" names no buyer
// of the Hawks (they are the seller); that a regular form ("purchased")
// meets its converse too; that "belonged … until 2010" names no owner
// now; and that a question whose act the
// article tells with its own verb keeps that sentence's doer.
func TestConverseDoer(t *testing.T) {
	e := engineOf(t, "Minor-league team sold\n\n"+
		"BOISE, Idaho (AP) — The Boise Hawks have been sold to an investment group led by former pitcher Dwayne Oduya, the team said Monday.\n\n"+
		"The team's former owner, Ann Pruett, bought the club in 1994. The Hawks sold their old team bus to a church in Nampa last year.\n\n"+
		"The team's first ballpark belonged to the Union Pacific Railroad. Its old stadium belonged to the county until 2010.\n")
	checkOpenings(t, e, []openingCase{
		{q: "who bought the hawks", first: "Dwayne Oduya"},
		{q: "who bought the club in 1994", first: "Ann Pruett"},
		{q: "who owns the ballpark", want: []string{"Union Pacific"}},
	})
	checkOpenings(t, e, []openingCase{
		{q: "who bought the hawks", not: []string{"church"}},
		{q: "who purchased the hawks", first: "Dwayne Oduya"},
	})
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "who owns the stadium"})
	if err != nil || strings.Contains(a.Text, "county") {
		t.Errorf("who owns the stadium: a state that lasted until 2010 names no owner now: %q, %v", a.Text, err)
	}
}
