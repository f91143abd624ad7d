package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// libraryBranchArticle is a short story written for these tests: a
// branch's past opening, and another branch's future in both tenses.
const libraryBranchArticle = `Library trims hours at two branches

HOLT, Michigan (AP) — The Holt library will cut evening hours at two branches starting in May, Director Ines Paley said Tuesday.

The Cedar Street branch, which opened in 1974, will lose its Thursday evening hours.

The Main Street branch will stay open on Saturdays, Paley said.
`

// TestPastOppositeDeniesNoFuture: an antonym told in the past ("opened in
// 1974") is no No to a question of the future ("will it close"); one told
// of the future ("will stay open") still is.
func TestPastOppositeDeniesNoFuture(t *testing.T) {
	e := engineOf(t, libraryBranchArticle)
	a := ask(t, e, knowledge.Question{Text: "will the cedar street branch close"})
	if strings.HasPrefix(a.Text, "No") {
		t.Errorf("a past opening denies no closing to come, yet:\n%s", a.Text)
	}
	checkOpenings(t, e, []openingCase{
		{q: "did the cedar street branch open in 1974", first: "Yes"},
		{q: "will the main street branch close on saturdays", first: "No"},
	})
}
