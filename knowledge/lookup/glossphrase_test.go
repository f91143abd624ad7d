package lookup

import "testing"

// TestGlossPhrase: WordNet defines "arrest" as "take into custody", and an
// article that writes only "was taken into custody" tells where and when
// the man was arrested.
func TestGlossPhrase(t *testing.T) {
	e := engineOf(t, `Dayton shooting suspect held

DAYTON, Ohio (AP) — A 22-year-old man was taken into custody Friday at a bus station in Columbus in connection with a shooting that wounded two people outside a Dayton bar, police said.

The man, whose name was not released, was being held in the Montgomery County jail.
`)
	checkOpenings(t, e, []openingCase{
		{q: "where was the suspect arrested", first: "At a bus station in Columbus"},
		{q: "when was he arrested", first: "Friday"},
	})
}
