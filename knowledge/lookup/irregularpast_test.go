package lookup

import "testing"

// marathonFinish is a short article written for this test, in no question
// set: counts of people told by irregular past verbs ("won", "fell",
// "spoke"), beside plural nouns counted after "how many".
const marathonFinish = `Hundreds brave heat at city marathon

DALTON, Ga. (AP) — About 900 runners started the Dalton Marathon on Sunday, and 14 of them won age-group medals.

Six runners fell near the finish line in the heat, race director Ann Poole said. Three women spoke at the awards ceremony.
`

// "How many" before an irregular past whose noun reading is singular asks
// how many did it; a plural noun is still what is counted.
func TestHowManyIrregularPast(t *testing.T) {
	e := engineOf(t, marathonFinish)
	checkAnswers(t, e, []answerCase{
		{"how many won", []string{"14"}, []string{"About 900 runners."}},
		{"how many fell near the finish", []string{"Six runners"}, nil},
		{"how many spoke at the ceremony", []string{"Three women"}, nil},
		{"how many women spoke", []string{"Three women"}, nil},
		{"how many teeth", nil, []string{"14", "Six", "Three"}},
	})
}

// "How many" before an irregular past WordNet files as no noun at all
// ("went", "came") counts no noun either.
func TestHowManyIrregularPastNoNoun(t *testing.T) {
	e := engineOf(t, "Crowd fills square for lantern walk\n\nHOLTON, Kan. (AP) — A crowd of about 900 gathered in the town square on Friday for the lantern walk. The square has 60 benches.\n")
	checkAnswers(t, e, []answerCase{
		{"how many went to the lantern walk", []string{"900"}, []string{"60"}},
		{"how many came to the square", []string{"900"}, []string{"60"}},
	})
}
