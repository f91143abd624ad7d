package lookup

import "testing"

// quarryDeaths is a short article written for this test, in no question
// set: the dead identified in a clause a source reports, the source
// named before it and after it.
const quarryDeaths = `Quarry wall collapse kills two workers

GRANBY, Mo. (AP) — A quarry wall collapsed Monday near Granby, killing two workers, officials said.

Newton County Coroner Alan Birch said the two people killed were brothers, Carl and Dean Mosby, of Neosho.

Fire Chief Tom Yates told reporters the two people rescued were a truck driver, Luis Ortiz, and his daughter.
`

// An identifying "who were the people killed" takes the other term of
// the reported equation, not the source who reports it.
func TestReportedIdentity(t *testing.T) {
	e := engineOf(t, quarryDeaths)
	checkOpenings(t, e, []openingCase{
		{q: "who were the people killed", want: []string{"Mosby."}, not: []string{"Alan Birch."}},
		{q: "who were the people rescued", first: "Luis Ortiz.", not: []string{"Tom Yates."}},
	})
}
