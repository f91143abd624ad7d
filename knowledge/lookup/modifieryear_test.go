package lookup

import "testing"

// pierRepair is a short article written for this test, in no question set:
// a year premodifying a noun ("a 2019 study") beside an act the sentence
// does not date, and a year that dates an act.
const pierRepair = `City to rebuild fishing pier

NEWPORT, R.I. (AP) — The city council voted Monday to rebuild the Bay Street pier, citing a 2019 study that found rotting pilings, and will hire a contractor.

The pier opened in 1962.
`

func TestYearPremodifyingANounDatesNoAct(t *testing.T) {
	e := engineOf(t, pierRepair)
	checkAnswers(t, e, []answerCase{
		// "a 2019 study" dates the study, not the hiring
		{"when will the city hire a contractor", nil, []string{"2019."}},
		// the year that dates an act, and a year asked of its own noun
		{"when did the pier open", []string{"1962"}, nil},
		{"when was the study", []string{"2019"}, nil},
	})
}
