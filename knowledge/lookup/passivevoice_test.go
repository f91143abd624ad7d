package lookup

import "testing"

// clinicLayoffs is a short article written for this test, in no question
// set: a person who does an act in the active ("Marsh fired two nurses"),
// a person who undergoes it ("the board fired Marsh's deputy, Leo Grant"),
// and a person told undergoing an act in the passive.
const clinicLayoffs = `Clinic director lays off staff

TULIA, Texas (AP) — Clinic director Ruth Marsh fired two nurses on Friday, days after the board fired her deputy, Leo Grant.

Grant was hired by the clinic in 2019. Marsh hired a temporary nurse on Monday.
`

func TestPassiveQuestionAskedOfTheDoer(t *testing.T) {
	e := engineOf(t, clinicLayoffs)
	checkOpenings(t, e, []openingCase{
		// Marsh did the firing and the hiring: whether she was fired or
		// hired the article does not say
		{"was marsh fired", "The article does not say so", []string{"Marsh fired two nurses"}, nil},
		{"did marsh get hired", "The article does not say so", nil, nil},
		// the one who underwent the act, in the active's object or the
		// passive's subject, is a yes
		{"was grant fired", "Yes", []string{"fired her deputy, Leo Grant"}, nil},
		{"was grant hired", "Yes", []string{"Grant was hired"}, nil},
		// the active question stays a yes
		{"did marsh fire two nurses", "Yes", nil, nil},
	})
}

// storeRobbery is a short article written for this test, in no question
// set: a woman named, then "she" doing an act in the active.
const storeRobbery = `Clerk shoots at robber

EDNA, Texas (AP) — Store clerk Mara Lutz said a man robbed the Edna Quick Stop on Friday. She shot at him as he ran, and deputies later arrested Owen Fisk, 22.
`

func TestPassiveQuestionAskedOfAPronounsDoer(t *testing.T) {
	e := engineOf(t, storeRobbery)
	checkOpenings(t, e, []openingCase{
		{"was fisk arrested", "Yes", nil, nil},
		// "She shot at him": she, Lutz, did the shooting
		{"was lutz shot", "The article does not say so", nil, nil},
	})
}
