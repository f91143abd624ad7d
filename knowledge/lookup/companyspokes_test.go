package lookup

import "testing"

// TestCompanySpokespersonDeclined checks, on a short article written for
// this test, that "a company spokeswoman" refers back to the company
// named before it, so her declined comment is the company's response.
func TestCompanySpokespersonDeclined(t *testing.T) {
	e := engineOf(t, "Warehouse fire forces evacuations\n\n"+
		"RENO, Nev. (AP) — A fire at a warehouse owned by Lakeshore Freight Inc. forced about 300 people from their homes Sunday.\n\n"+
		"Fire Chief Dana Ruiz said the blaze started near a loading dock. A company spokeswoman declined to comment on the cause.\n")
	checkAnswers(t, e, []answerCase{
		{"did lakeshore freight say anything", []string{"declined to comment"}, nil},
	})
}
