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

// poolOpening is a short article written for this test, in no question
// set: a when-question's subject ("the pool") and a sentence that dates
// the asked verb of another subject ("lessons starting June 3").
const poolOpening = `Town pool to reopen after repairs

MILFORD, N.H. (AP) — The town pool will reopen on July 1 after a summer of repairs, the parks director said.

Swim lessons at the high school will begin June 3, and a lifeguard class starts on Saturday.
`

func TestWhenQuestionKeepsItsSubject(t *testing.T) {
	e := engineOf(t, poolOpening)
	checkAnswers(t, e, []answerCase{
		// the pool's reopening, not the lessons' beginning
		{"when does the pool reopen", []string{"July 1"}, nil},
		// no sentence tells when the pool's repairs start: not the class's Saturday
		{"when did the pool repairs start", nil, []string{"Saturday."}},
	})
}
