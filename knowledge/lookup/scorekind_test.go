package lookup

import "testing"

// A score before the noun of a game is that game's score, one before a
// span of games (or with the span after it) a record: "the final score"
// is the loss's, "his overall record" the seasons'. The story is written
// for this test, in no question set.
func TestScoreOrRecordByItsNoun(t *testing.T) {
	e := engineOf(t, "Hawks fire coach\n\nBOISE, Idaho (AP) — Western Idaho fired its basketball coach, Ray Dunn, on Monday, a day after the Hawks finished a 9-21 season with a 71-58 loss to Boise Valley.\n\nDunn, 50, went 60-82 in five seasons.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what was the final score", first: "71-58"},
		{q: "what was dunn's overall record", first: "60-82"},
	})
}
