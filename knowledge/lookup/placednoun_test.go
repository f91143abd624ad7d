package lookup

import "testing"

func TestUnnamedPlacedHome(t *testing.T) {
	e := engineOf(t, "Ticket sold in Dalton wins $2 million\n\nA Rome pharmacist won a $2 million prize on Saturday but has not yet come forward, lottery officials said.\n\nThe Dalton store clerk who sold the ticket said the shop was busy that night.\n\nAn English teacher bought a ticket there too.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where's the pharmacist from", first: "Rome."},
		{q: "where is the clerk from", first: "Dalton."},
	})
	checkAnswers(t, e, []answerCase{
		{"where is the teacher from", nil, []string{"English."}},
	})
}
