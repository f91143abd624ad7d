package lookup

import "testing"

func TestPossessedHome(t *testing.T) {
	e := engineOf(t, "Rancher charged in fuel theft\n\nA Pecos County rancher, Dale Hurd, was charged Monday with stealing diesel from a county depot.\n\nHis lawyer, a Fort Stockton attorney named Ines Ortega, said Hurd would plead not guilty.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where is hurd from", first: "Pecos County."},
	})
	checkAnswers(t, e, []answerCase{
		{"where's his lawyer from", nil, []string{"Pecos County."}},
		{"where is hurd's lawyer from", nil, []string{"Pecos County."}},
	})
}
