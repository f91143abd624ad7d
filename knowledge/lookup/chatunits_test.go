package lookup

import "testing"

// caveSearch is a short article written for this test, in no question set.
const caveSearch = `Caver found alive after search

BEND, Ore. (AP) — Rescuers found a missing caver alive Sunday after a search that lasted 31 hours, the Deschutes County sheriff's office said.

The caver, Owen Pratt, 24, was treated for a sprained ankle, according to Sheriff Lynn Ames. Tickets for Saturday's cave tours were refunded.
`

// Chat shortenings of time units and common nouns are read as the words
// they stand for (Wiktionary, "Appendix:English internet slang").
func TestChatShorteningsOfUnits(t *testing.T) {
	e := engineOf(t, caveSearch)
	checkAnswers(t, e, []answerCase{
		{q: "how many hrs did the search take", want: []string{"31 hours"}},
		{q: "acc to the sheriff, what was he treated for", want: []string{"sprained ankle"}},
		{q: "what happened to the tour tix", want: []string{"refunded"}},
	})
}
