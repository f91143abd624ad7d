package lookup

import "testing"

// TestTimeNounYieldsToWhWord: "deadline" asks a time only when no other
// wh-word opens the question: "how many days before the deadline" asks a
// number of days, "who set the deadline" a person; "when's the deadline"
// still asks the time.
func TestTimeNounYieldsToWhWord(t *testing.T) {
	e := engineOf(t, `Grocery workers reach deal

PELL CITY, Ala. (AP) — Grocery workers at Hartman Foods reached a tentative contract on Sunday, two days before the deadline for a strike.

Union leader Rosa Quint set the deadline of Tuesday last month. Workers will vote on the deal next week.
`)
	checkAnswers(t, e, []answerCase{
		{"how many days before the deadline was the deal reached", []string{"Two days."}, []string{"On Sunday."}},
		{"who set the deadline", []string{"Rosa Quint."}, []string{"Tuesday."}},
		{"when's the deadline", []string{"Tuesday"}, nil},
	})
}
