package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestMakeAsksASumEarned: "how much do they make" asks what they earn
// (WordNet 3.0, the earn synset); "ready", a synonym of "make" in another
// sense, is no word for it, and an article that tells no sum earned
// answers nothing rather than another figure near the workers.
func TestMakeAsksASumEarned(t *testing.T) {
	e := engineOf(t, `Port workers vote to strike

ASHLEY BAY, Wash. (AP) — Dockworkers at the Port of Ashley Bay voted 88% in favor of a strike on Friday.

"We are ready to walk out," said Lena Ortiz, a crane operator. The port handles $4 billion in cargo a year.
`)
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "how much do the dockworkers make"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found || strings.Contains(a.Text, "88%") || strings.Contains(a.Text, "$4 billion") {
		t.Errorf("answered a sum the article never gives as earned:\n%s", a.Text)
	}
}
