package lookup

import "testing"

// policeChief is a short article written for this test, in no question
// set: a holder told by title, and a successor named to come.
const policeChief = `City names new police chief

NEWPORT, R.I. — The City Council on Monday named Alma Quist, a former Coast Guard captain, to be police chief starting in July.

She will succeed Police Chief Don Riegel, who is retiring after 22 years in the job.
`

// pricedTicket is a short article written for this test, in no question
// set: an article that writes "current" itself.
const pricedTicket = `Ferry fares to rise

The current fare is $9. The new fare, $11, takes effect May 1.
`

// TestPresentAdjectiveAsksNow checks that "current" or "present" before
// a noun asks the holder now, the adjective no word the article must
// write, and that an article writing "current" still meets it.
func TestPresentAdjectiveAsksNow(t *testing.T) {
	checkOpenings(t, engineOf(t, policeChief), []openingCase{
		{"who is the current police chief", "Don Riegel", nil, nil},
		{"who's the present chief?", "Don Riegel", nil, nil},
	})
	checkOpenings(t, engineOf(t, pricedTicket), []openingCase{
		{"what is the current fare", "$9", nil, nil},
	})
}
