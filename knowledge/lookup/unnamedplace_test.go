package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// kettleRecall is a short article written for this test, in no question set.
const kettleRecall = `Kettle maker recalls 80,000 units

BRANTFORD, Ont. (AP) — Hollis Home is recalling about 80,000 electric kettles because the handle can break, the company said Friday.

About 62,000 of the kettles were sold in Canada and about 18,000 in the United States.

Hollis said 14 people reported minor burns.
`

// A place the question names that the article never names is not a
// paraphrase to leave out: the article's figures are for other places.
// A word that is no place may still be left out.
func TestUnnamedPlaceIsNotLeftOut(t *testing.T) {
	e := engineOf(t, kettleRecall)
	for _, q := range []string{"how many kettles were sold in mexico", "how many kettles were sold in Germany"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if strings.Contains(a.Text, "62,000") || strings.Contains(a.Text, "18,000") {
			t.Errorf("%q: the article gives no figure for that place, got %s", q, a.Text)
		}
	}
	a := ask(t, e, knowledge.Question{Text: "how many kettles were sold in canada"})
	if !strings.HasPrefix(a.Text, "About 62,000") {
		t.Errorf("a place the article names: got %s", a.Text)
	}
}
