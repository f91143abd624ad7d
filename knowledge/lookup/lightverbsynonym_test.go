package lookup

import "testing"

// TestLightVerbIsNoRareSynonym checks that a light verb of the article
// ("go hard") does not stand for a question's word that it shares only in
// one of its rare senses ("die": the seventeenth sense of "go"), so "did
// anyone die" is no Yes from a runner's words, on a short article written
// for this test.
func TestLightVerbIsNoRareSynonym(t *testing.T) {
	e := engineOf(t, "Runner wins city race\n\nBOSTON (AP) — Maria Costa won the city 10K on Sunday in 31 minutes.\n\n\"I decided to go hard on the last hill,\" Costa said.\n\nAbout 2,000 runners started the race.\n")
	checkAnswers(t, e, []answerCase{
		{"did anyone die", nil, []string{"Yes"}},
	})
}
