package lookup

import "testing"

// millProfit is a short article written for this test, in no question
// set: changes told beside verbs of change, up and down, a sum paid that
// is no change, and a change after "by" beside the level it reached.
const millProfit = `Mill profits climb as costs ease

BANGOR, Maine (AP) — Northwood Paper said Tuesday its quarterly profit climbed 18% to $42 million.

Costs at the company's two mills fell 6% in the quarter. The company paid $3 a share in dividends.

Northwood's revenue grew by a third over the year, to $510 million.
`

// "How much did X drop" asks the size of a change: the figure beside a
// verb of change the same way ("fell 6%", "grew by a third"), not a sum
// paid nor the level the change reached.
func TestSizeOfAChange(t *testing.T) {
	e := engineOf(t, millProfit)
	checkAnswers(t, e, []answerCase{
		{"how much did costs drop", []string{"6%"}, []string{"$3"}},
		{"how much did costs go down", []string{"6%"}, []string{"$3"}},
		{"how much did revenue grow", []string{"A third"}, []string{"$510 million. Northwood"}},
		{"how much did profit go up", []string{"18%"}, nil},
	})
}

// changeVerdictArticle tells changes both ways, one of them only
// expected.
const changeVerdictArticle = `Orchard town counts fewer deer, more visitors

HALVERTON, Vt. (AP) — Deer collisions on Route 12 dropped from 31 to 18 last year, state officials said Monday.

Visits to the town's cider festival climbed 15%, organizers said. Parking fees are expected to rise next spring.
`

// TestChangeVerdict: a verb of change in the body sentence about the
// thing asked settles "did it go up / down"; a change only expected
// settles nothing here.
func TestChangeVerdict(t *testing.T) {
	e := engineOf(t, changeVerdictArticle)
	checkOpenings(t, e, []openingCase{
		{"did deer collisions go up", "No —", []string{"dropped from 31 to 18"}, nil},
		{"did collisions drop", "Yes —", []string{"dropped"}, nil},
		{"did festival visits go down", "No —", []string{"15%"}, nil},
	})
	// "rocket" after "the" is a noun: no change is asked
	if _, ok := e.changeVerdict(e.understand("did deer collisions stop the rocket", nil)); ok {
		t.Errorf("a noun of change was read as the asked change")
	}
	// a change only expected is no stated change: it is left to the
	// rest of the yes/no stage
	q := e.understand("did parking fees go up", nil)
	if _, ok := e.changeVerdict(q); ok {
		t.Errorf("a change only expected settled it")
	}
}
