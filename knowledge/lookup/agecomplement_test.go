package lookup

import "testing"

// bandleader is a short obituary written for these tests, in no question
// set: ages given only as the complement of "was" after a pronoun, at her
// death and in a clause of time, and a number closing another sentence
// that is no age.
const bandleader = `Ruth Okafor, bandleader who toured with her sisters, dies

LAGOS, Nigeria (AP) — Ruth Okafor, whose dance band played in the city's clubs for four decades, died Friday in Lagos. She was 91.

Okafor began singing in church when she was 6. She was 20 minutes late to her first show, when she was 17 minutes from the hall. Her band recorded more than 30 albums. The last one sold 12,000 copies, and its title song was her favorite of all 30.
`

func TestAgeAsComplementOfBe(t *testing.T) {
	checkAnswers(t, engineOf(t, bandleader), []answerCase{
		// "She was 91." after the sentence that names her: her age
		{"how old was ruth okafor", []string{"Ruth Okafor was 91."}, nil},
		{"how old was okafor when she died", []string{"91"}, []string{"30", "12,000", "was 6."}},
		// "when she was 17 minutes from the hall" gives no age
		{"how old was okafor when she was late to her first show", nil, []string{"17", "20"}},
		// a clause of time names the moment: the age in the sentence that tells of it
		{"how old was okafor when she began singing", []string{"Ruth Okafor was 6."}, nil},
		// an age at a moment the article never tells is not her age at death
		{"how old was okafor when she moved to london", nil, []string{"91"}},
	})
}
