package lookup

import "testing"

// TestEventPremodifier: in the headline "Police arrest teen in Kenner
// shooting" the name premodifies an event, so "in Kenner shooting" is no
// place; the lead's "taken into custody … at his grandmother's house"
// tells where the arrest was.
func TestEventPremodifier(t *testing.T) {
	e := engineOf(t, `Police arrest teen in Kenner shooting

KENNER, La. (AP) — A 17-year-old was taken into custody Sunday at his grandmother's house in Metairie in connection with a shooting that wounded a man outside a gas station, police said.

The teen was booked on a count of attempted murder.
`)
	checkOpenings(t, e, []openingCase{
		{q: "where was the teen arrested", first: "At his grandmother's house in Metairie", not: []string{"shooting."}},
	})
	// an exit is an act and a made thing: a place still
	e = engineOf(t, `Three die in wrong-way crash

AUSTIN, Texas (AP) — Three people were killed early Sunday in a wrong-way crash, police said.

The crash happened at about 2:15 a.m. near the Round Rock exit of Interstate 35.
`)
	checkOpenings(t, e, []openingCase{
		{q: "where was the crash", first: "Near the Round Rock"},
	})
}
