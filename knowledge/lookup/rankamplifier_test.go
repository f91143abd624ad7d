package lookup

import "testing"

// rankAmpRink is a short article written for these tests, in no question
// set: a game story naming its scorers, the foremost first, with neither
// "top" nor "leading".
const rankAmpRink = `Pike rallies past Orland in overtime

ORLAND, Ind. (AP) — Pike beat Orland 4-3 in overtime on Saturday night.

Senior forward Dana Voss scored three goals, and junior defenseman Lily Marsh added one.

Goalie Rae Tindall made 31 saves for Pike.
`

// TestTopScorerAsksTheScorer checks that "the top scorer" asks for the
// scorer the story names first when the article never writes "top", that
// the amplifier needs an agent noun, and that an agent noun the article
// never uses is still refused.
func TestTopScorerAsksTheScorer(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, rankAmpRink)
	checkOpenings(t, e, []openingCase{
		{"who was the top scorer", "Dana Voss", nil, nil},
		{"who was the leading scorer", "Dana Voss", nil, nil},
	})
	checkWantOrRefused(t, e, []wantCase{
		{"who was the top passer", ""},
	})
}
