package lookup

import "testing"

// TestParticiplePremodifier: an -ed participle WordNet knows only as a
// verb, between a numeral or determiner and a noun, stays inside the noun
// phrase it premodifies ("300 recycled tires"), so the material answered
// is whole; the same word as a clause's verb still ends a phrase.
func TestParticiplePremodifier(t *testing.T) {
	e := engineOf(t, "Students build tire playground\n\nSPOKANE, Wash. (AP) — A playground made from 300 recycled tires opened Monday at Garfield Elementary School.\n\nThe students recycled paper too, teacher Ana Ruiz said.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what's the playground made from", first: "300 recycled tires."},
	})
}
