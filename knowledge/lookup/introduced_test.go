package lookup

import "testing"

// fraudPlea is a short article written for this test, in no question set:
// a lawyer described by a surname before a second person of that surname
// is introduced, who is never quoted.
const fraudPlea = `Former clerk pleads guilty to fraud

TOWSON, Md. (AP) — Former county clerk Janet Orr pleaded guilty Tuesday to wire fraud.

Orr's lawyer, Paul Reyes, said she would repay the money.

Her brother, Dale Orr, attended the hearing.
`

func TestSurnameRefersBackToTheIntroducedPerson(t *testing.T) {
	checkAnswers(t, engineOf(t, fraudPlea), []answerCase{
		// Reyes is Janet Orr's lawyer, not the brother introduced after
		{"what did dale orr say", nil, []string{"repay"}},
		// the person the description names still has her lawyer speak
		{"what did janet orr's lawyer say", []string{"repay"}, nil},
	})
}
