package lookup

import "testing"

// TestAgedIdentified: when the paragraph after a delayed-identification
// lead opens with an official's title and name, the person it names with
// an age ("Nadine Kolb, 47,") is the one the lead described.
func TestAgedIdentified(t *testing.T) {
	e := engineOf(t, "Bookkeeper sentenced for taking clinic's money\n\nELKHORN, Wis. (AP) — A former bookkeeper who stole $90,000 from a veterinary clinic was sentenced Thursday to 30 months in prison.\n\nCircuit Judge Owen Pratt also ordered Nadine Kolb, 47, of Elkhorn, to repay the money. Her lawyer said Kolb had repaid $12,000 since her arrest in May.\n")
	checkAnswers(t, e, []answerCase{
		{"how long did kolb get", []string{"30 months"}, nil},
		{"how much did kolb steal", []string{"$90,000"}, nil},
	})
}
