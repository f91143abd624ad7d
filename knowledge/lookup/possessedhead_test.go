package lookup

import (
	"testing"

	"storybot/knowledge"
)

// synagogueMerger is a short article written for these tests, in no
// question set: it counts the congregation's members but speaks of no
// choir, school or board of it.
const synagogueMerger = `Two synagogues to merge in Fallon

FALLON, Nev. (AP) — Beth Israel Synagogue, which has 140 members, will merge with Temple Sinai next year, Rabbi Dov Amsel said.
`

// TestPossessedUnknownHead checks that a question asking of the head of
// a genitive phrase the article never uses ("Beth Israel's choir") is
// refused, not answered with the possessor's own figure, while a person
// head is still left to the descriptions and the possessor's own count
// is answered.
func TestPossessedUnknownHead(t *testing.T) {
	e := engineOf(t, synagogueMerger)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	if a := ask(t, e, knowledge.Question{Text: "how many members does beth israel's choir have"}); a.Found {
		t.Errorf("the article has no choir, want a refusal:\n%s", a.Text)
	}
	checkOpenings(t, e, []openingCase{
		{q: "how many members does beth israel have", first: "140"},
	})
}
