package lookup

import "testing"

// iceplantLeak is a short article written for this test, in no question
// set: a count of a part of "those" a participle postmodifies, with the
// count of the whole in another sentence.
const iceplantLeak = `Ammonia leak at ice plant sends 31 to hospitals

KETTLE RIDGE, W.Va. (AP) — An anhydrous ammonia leak at an ice manufacturing plant sent 31 people to hospitals Friday and forced about 800 people from their homes and businesses, authorities said.

A cloud of gas drifted over a trailer park and a church where a wedding was under way. Nine of those taken to hospitals were guests, Ruiz said. A 70-year-old man was listed in serious condition at Mercy Hospital; the rest had minor injuries.

One plant worker, Dale Pruitt, 52, was in critical condition after trying to shut a valve, his wife said.

Deputies closed Route 9 for about four hours. Residents were allowed to return at 7 p.m. A shelter at a middle school took in about 90 people.

A hazardous materials crew from Charleston stopped the leak at about 3:10 p.m., Fire Chief Ana Ruiz said.
`

// "Nine of those taken to hospitals were guests" counts guests among
// those taken, not how many were taken: the words
// after "of those" are given of the whole set, as a premodifier's are.
func TestPartitiveOfThose(t *testing.T) {
	e := engineOf(t, iceplantLeak)
	checkAnswers(t, e, []answerCase{
		{"how many were hospitalized", []string{"31"}, []string{"Nine"}},
		{"how many ppl went to the hospital", []string{"31"}, []string{"Nine"}},
	})
}
