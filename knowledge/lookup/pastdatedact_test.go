package lookup

import "testing"

// TestPastDatedActIsEarlierOccasion checks that a question in the present
// progressive is answered by the act under way, not by the same act told
// in the simple past with a year ("donated 40 quilts in 2019").
func TestPastDatedActIsEarlierOccasion(t *testing.T) {
	e := engineOf(t, "Quilter gives collection to county museum\n\nBELLEVUE, Ohio (AP) — A retired nurse is giving the Huron County Museum about 200 quilts she made over five decades, the museum said Friday.\n\nIda Renner, 86, said she wanted the quilts to be seen.\n\nShe donated 40 quilts in 2019, which hang in the museum's lobby.\n")
	checkOpenings(t, e, []openingCase{
		{"how many quilts is she donating", "About 200 quilts", nil, nil},
		{"how many quilts is renner giving the museum", "About 200 quilts", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"how many quilts did she donate in 2019", []string{"40"}, nil},
	})
}
