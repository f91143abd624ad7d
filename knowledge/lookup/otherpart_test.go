package lookup

import "testing"

// TestOtherFigureIsPart checks that "the other 80 jobs" is read as the
// rest of a total the lead gives, so "how many jobs are being cut" is the
// total, while a question restricted to a place still reaches the part,
// on a short article written for this test.
func TestOtherFigureIsPart(t *testing.T) {
	e := engineOf(t, "Paper maker to cut 300 jobs, close Minnesota mill\n\nDULUTH, Minn. (AP) — Paper maker Northland Paper Co. said Tuesday it will cut about 300 jobs and close its mill in Cloquet, Minnesota, by the end of next year, blaming a sharp drop in orders as the price of newsprint falls.\n\nThe company, based in Duluth, said the Cloquet mill employs 220 people. The other 80 jobs will be cut at offices in Duluth and at a warehouse in Superior, Wisconsin.\n")
	checkAnswers(t, e, []answerCase{
		{"how many jobs are being cut", []string{"About 300 jobs."}, nil},
		{"how many jobs are cut in superior", []string{"80 jobs."}, nil},
	})
}
