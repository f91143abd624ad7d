package lookup

import "testing"

// tenuredLibrarian is a short article written for these tests, in no
// question set: a term of office told only as a "tenure", whose WordNet
// definition ("the term during which some position is held") holds two
// words of the question.
const tenuredLibrarian = `Ashford library director to retire in June

ASHFORD, Conn. (AP) — Ashford Public Library director Helen Marsh, whose 22-year tenure ends in June, will retire, the library board said Tuesday.

Marsh said she would spend more time in her garden. The board named assistant director Paul Reyes to run the library until a search is finished.
`

// TestGlossOverlap checks that two question words one definition of an
// article word holds are read, on a second reading, as that word ("held
// the position": tenure), and that the reading stands only for those
// words: a question about another person, whose sentence does not hold
// the rest of the question, is still refused.
func TestGlossOverlap(t *testing.T) {
	e := engineOf(t, tenuredLibrarian)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkWantOrRefused(t, e, []wantCase{
		{"how long has marsh held the position", "22"},
		{"how long did reyes hold the position", ""},
		{"how long will the gardener hold the position", ""},
	})
}
