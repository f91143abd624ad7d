package lookup

import "testing"

// duplexFire is a short article written for this test, in no question
// set: an unnamed injured man told of in a clause its named source
// closes.
const duplexFire = `Kitchen fire sends two to hospital

PELLA, Iowa (AP) — A kitchen fire damaged a duplex early Monday, Fire Chief Dora Lusk said.

A 70-year-old man who lived upstairs was hurt, and a neighbor was treated for smoke, Lusk said.
`

// "The man who got hurt" is the one the reported clause tells of, not
// its source.
func TestReportedClauseDescribesNotItsSource(t *testing.T) {
	e := engineOf(t, duplexFire)
	checkOpenings(t, e, []openingCase{
		{q: "how old was the man who got hurt", first: "70", not: []string{"Lusk is"}},
	})
}
