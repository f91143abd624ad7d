package lookup

import "testing"

// vanCrash is a short article written for this test, in no question set:
// a person set apart from the place of the event by a negated copula.
const vanCrash = `Church van crashes on county road

LARKIN, Kan. (AP) — A church van slid off an icy county road on Sunday, injuring five people, Sheriff Amos Dwyer said. Pastor Ruth Cale, who was not in the van, said the group was headed to a youth retreat. The driver, Lee Tran, was in the van when it slid.
`

func TestNegatedCopulaDeniesItsPlace(t *testing.T) {
	checkAnswers(t, engineOf(t, vanCrash), []answerCase{
		// "was not in the van" denies that she was in it
		{"was the pastor in the van?", []string{"No"}, []string{"Yes"}},
		{"was Ruth Cale in the van", []string{"No"}, []string{"Yes", "calls"}},
		// stated without a negation, the place is confirmed
		{"was the driver in the van?", []string{"Yes"}, []string{"No"}},
	})
}
