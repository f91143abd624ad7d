package lookup

import "testing"

// kioskTheft is a short article written for this test, in no question
// set: a theft in which one person was hurt and others were not, asked
// of with "else", a word the article never uses.
const kioskTheft = `Teen charged after phone kiosk theft at Orland mall

ORLAND, Wis. (AP) — A 17-year-old boy was charged Friday with theft after he grabbed six phones from a mall kiosk and knocked a security guard down.

The guard was treated for a sprained ankle. Two shoppers nearby were not hurt.

Police also arrested a 19-year-old woman who drove the getaway car.
`

// TestElseWord reads "else" as the function word it is: "was anyone else
// hurt" and "did anyone else get arrested" are not refused for a word the
// article never uses.
func TestElseWord(t *testing.T) {
	e := engineOf(t, kioskTheft)
	checkOpenings(t, e, []openingCase{
		{q: "was anyone else hurt", not: []string{"never mentions", "No —"}, want: []string{"not hurt"}},
		{q: "did anyone else get arrested", not: []string{"never mentions"}, want: []string{"arrested"}},
	})
}
