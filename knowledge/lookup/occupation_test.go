package lookup

import "testing"

// clinicVote is a short article written for this test, in no question
// set: a speaker's relative named in her own quotation, with an
// occupation, and another's relative named by a possessive.
const clinicVote = `County keeps rural clinic open

ASHTON, Idaho (AP) — County commissioners voted 3-0 on Monday to keep the Ashton clinic open through next year.

"My son is a paramedic, and he drives 40 minutes to the nearest hospital," said Commissioner Ruth Calder. "Closing the clinic would make that longer."

Farmer Glen Oakes said Oakes's wife is a veterinarian who treats livestock across the valley.
`

func TestOccupationOfRelative(t *testing.T) {
	e := engineOf(t, clinicVote)
	checkAnswers(t, e, []answerCase{
		// "my son" in Calder's quotation is Calder's kid, a paramedic
		{"is calder's kid a teacher?", []string{"No", "paramedic"}, []string{"Yes"}},
		{"is calder's son a paramedic?", []string{"Yes", "paramedic"}, nil},
		// "wife" is no occupation of the kind asked: no verdict either way
		{"is oakes's wife a mother?", nil, []string{"No —", "Yes —"}},
		{"is oakes's wife a nurse", []string{"No", "veterinarian"}, []string{"Yes"}},
	})
}
