package lookup

import "testing"

// zooHours is a short article written for this test, in no question set.
const zooHours = `Zoo opens new aviary

OMAHA, Neb. (AP) — The city zoo opened a new aviary on Thursday, its director said.

The aquarium is open from 10 a.m. to 6 p.m., and the aviary keepers hold feedings between 1 p.m. and 2 p.m. daily.
`

// A time in one of two clauses joined by ", and" belongs to that clause:
// the feedings are not at the aquarium's hours, however near.
func TestConjunctClauseKeepsItsTime(t *testing.T) {
	e := engineOf(t, zooHours)
	checkOpenings(t, e, []openingCase{
		{q: "when are the aviary feedings", first: "Between 1 p.m. and 2 p.m."},
		{q: "what time are the aviary feedings", first: "Between 1 p.m. and 2 p.m."},
		{q: "when is the aquarium open", first: "From 10 a.m. to 6 p.m."},
	})
}

// TestBarePluralOpensConjunct checks that ", and" before a plural noun
// with no determiner and an operator opens a clause of its own, whose
// time dates its act: "cracks have spread … since 2019", not the other
// clause's decade. The story is written for this test, in no question set.
func TestBarePluralOpensConjunct(t *testing.T) {
	e := engineOf(t, "Pier to be rebuilt\n\nCOVE CITY, Ore. (AP) — The pier was last rebuilt in the 1980s, and pilings have rotted along its west side since 2017, the port said.\n")
	checkOpenings(t, e, []openingCase{
		{"when did the pilings start rotting", "Since 2017", nil, []string{"1980s."}},
	})
}

// pondPermits is a short article written for this test, in no question
// set: two independent clauses joined by a semicolon, the time in the
// first, and the act asked only in the second.
const pondPermits = `Towns tighten pond rules

At least five towns have adopted similar rules since 2021; judges have upheld three of them.

The county judge upheld the Milton rule in May.
`

// TestSemicolonClauseKeepsItsTime checks that a time in the clause before
// a semicolon does not date the act of the clause after it.
func TestSemicolonClauseKeepsItsTime(t *testing.T) {
	checkAnswers(t, engineOf(t, pondPermits), []answerCase{
		{"when were they upheld", []string{"May"}, []string{"2021"}},
	})
}
