package lookup

import (
	"testing"

	"storybot/knowledge"
)

// cheeseExportArticle is a short business story written for these tests:
// it uses "drop" as a noun with no figure, and gives the figure with the
// broader verb "fell".
const cheeseExportArticle = `Alpine Dairy cuts shifts as exports slide

LOWRY, Wisconsin (AP) — Alpine Dairy will cut one shift at its Lowry cheese plant, the company said Thursday, citing a sharp drop in exports.

Exports fell 17% in the first half of the year, chief executive Mara Lind said.

The plant employs 260 people.
`

// TestBroaderVerbGivesTheFigure: a figure question whose verb the article
// uses only as a noun without a figure is answered by the figure of the
// verb WordNet files it under ("drop" under "fall"); a question about a
// thing the article never names is still refused.
func TestBroaderVerbGivesTheFigure(t *testing.T) {
	e := engineOf(t, cheeseExportArticle)
	checkOpenings(t, e, []openingCase{
		{q: "how much did exports drop", first: "17%"},
	})
	for _, q := range []string{"how much did imports drop", "how much did milk prices drop"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: the article gives no such figure, yet answered:\n%s", q, a.Text)
		}
	}
}
