package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// parkingBan is a short article written for this test, in no question set.
const parkingBan = `Snow parking ban declared

BURLINGTON, Vt. (AP) — The city declared a parking ban on downtown streets from 6 p.m. Friday until 6 a.m. Sunday, officials said Thursday.

Plows will clear the streets overnight.
`

// "From X until Y" is one span: the answer to when it holds keeps both
// ends, and a question of its end alone keeps the end.
func TestFromUntilKeepsBothEnds(t *testing.T) {
	e := engineOf(t, parkingBan)
	a := ask(t, e, knowledge.Question{Text: "when is the parking ban"})
	if !strings.HasPrefix(a.Text, "From 6 p.m. Friday until 6 a.m. Sunday") {
		t.Errorf("the span: got %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "when does the parking ban start"})
	if head, _, _ := strings.Cut(a.Text, " BURLINGTON"); strings.Contains(head, "until") {
		t.Errorf("the start only: got %s", a.Text)
	}
}
