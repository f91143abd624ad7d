package lookup

import "testing"

// A story whose passive predicates are coordinated, the second without
// its own operator or subject.
const conjoinedPassiveStory = `Two hurt in apartment fire

MANKATO, Minn. (AP) — Fire damaged a four-unit apartment building early Friday, Fire Chief Renee Solberg said.

An elderly tenant was treated for smoke inhalation and released, said hospital spokesman Gary Lind.

A firefighter was hurt and taken to a hospital, Solberg said.

Two teenagers were questioned and later released, police said.
`

func TestConjoinedPassiveSharesSubject(t *testing.T) {
	e := engineOf(t, conjoinedPassiveStory)
	checkOpenings(t, e, []openingCase{
		// "treated … and released": the tenant was released, not the spokesman
		{q: "who was released from the hospital", first: "An elderly tenant"},
		{q: "who was taken to a hospital", first: "A firefighter"},
		// an adverb may stand between the coordinator and the participle
		{q: "who was later released", first: "Two teenagers"},
	})
}
