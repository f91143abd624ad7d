package lookup

import "testing"

// clinicMay is a short article written for this test, in no question
// set: a time given by the month "May" alone, which is spelt like the
// modal "may".
const clinicMay = `Rural clinic to add a midwife

HOLLIS, Neb. (AP) — The Hollis Family Clinic will close on Friday for repairs, its director said.

Nurse Ida Marsh, 34, who is due in May, said she would work until April.

A new midwife is expected in May.
`

func TestMonthMayAnswersWhen(t *testing.T) {
	e := engineOf(t, clinicMay)
	checkAnswers(t, e, []answerCase{
		// "in May" is the month: the time the question asks
		{"when is ida marsh due", []string{"In May."}, []string{"Until April."}},
		{"when is the midwife expected", []string{"In May."}, nil},
		// the month of another clause is not the answer
		{"when will the clinic close", []string{"Friday"}, []string{"May"}},
	})
}

func TestMonthWord(t *testing.T) {
	toks := tokenize("due in May, she may go in June")
	var got []string
	for _, tk := range toks {
		if monthWord(tk) {
			got = append(got, tk.lower)
		}
	}
	if len(got) != 2 || got[0] != "may" || got[1] != "june" {
		t.Errorf("monthWord found %v; want [may june]", got)
	}
}
