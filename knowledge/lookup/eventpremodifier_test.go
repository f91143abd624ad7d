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
}
