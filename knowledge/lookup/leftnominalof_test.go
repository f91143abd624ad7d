package lookup

import (
	"strings"
	"testing"
)

// A leaving noun whose of-phrase holds the person, told as done ("after
// the retirement of co-founder Ruth Dalby"), ends the person's post; a
// retirement names no post, so it ends any asked. A hyphenated title
// before the name is read by its head ("co-founder": a founder). The
// article is written for this test and is in no question set.
func TestLeftByNominalOf(t *testing.T) {
	e := engineOf(t, "Bakery chain names new chief\n\nPORTLAND, Maine - Kessler Bread named a new chief executive on Monday, Janet Ober, who took over after the retirement of co-founder Ruth Dalby.\n\n"+
		"Workers had called for the resignation of board chairman Tom Fisk in March. Fisk, 70, has not commented.\n")
	checkOpenings(t, e, []openingCase{
		{q: "is ruth dalby still ceo", first: "No — Ruth Dalby retired"},
		{q: "who is ruth dalby", first: "Ruth Dalby was the co-founder and retired"},
	})
	if a := answerOf(t, e, "is fisk still the board chairman"); strings.HasPrefix(a.Text, "No") {
		t.Errorf("a resignation called for is no resignation:\n%s", a.Text)
	}
}
