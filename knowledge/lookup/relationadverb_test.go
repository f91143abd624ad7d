package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// An adverb of time relationship ("earlier this season") qualifies the act
// a yes/no question asks; the article may tell the act without it.
func TestRelationAdverbQualifiesOnly(t *testing.T) {
	e := engineOf(t, "Westfield United wins final\n\nTOLEDO, Ohio (AP) — Westfield United beat Lakeport Rovers 2-1 on Saturday. Lakeport Rovers had beaten Westfield United 3-0 in the regular season.\n")
	a := ask(t, e, knowledge.Question{Text: "did lakeport beat westfield earlier this season"})
	if !strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("got %s", a.Text)
	}
}
