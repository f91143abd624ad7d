package lookup

import "testing"

// millClosing is a short article written for these tests, in no question
// set: a total of jobs in the lead, broken down later into a count and
// "the remaining" count, beside the company's whole workforce.
const millClosing = `Harmon to close Lowell mill, cutting 420 jobs

LOWELL, Mass. (AP) — Harmon Textiles Co. will close its Lowell mill by June 30, eliminating 420 jobs, the company said Monday.

Harmon, which employs about 9,000 people worldwide, reported a profit of $80 million last year.

Layoffs will come in two rounds. About 150 workers will lose their jobs on April 1, and the remaining 270 will leave by the end of June.
`

func TestRemainderPartsMakeTheStatedTotal(t *testing.T) {
	checkOpenings(t, engineOf(t, millClosing), []openingCase{
		// 150 and "the remaining 270" are parts of the 420 the lead states;
		// "employs about 9,000 people" counts no one losing a job
		{"how many people are losing their jobs at the mill", "420", nil, []string{"9,000"}},
		// a time of one part asks that part
		{"how many workers lose their jobs on april 1", "About 150", nil, nil},
		{"how many people does harmon employ", "About 9,000", nil, nil},
	})
}
