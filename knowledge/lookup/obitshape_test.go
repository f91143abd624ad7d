package lookup

import "testing"

// tailorObit is a short article written for this test, in no question
// set: a neighbourhood named after a city's genitive ("in San Diego's
// Barrio Logan"), which is no person for "she" to refer to; a funeral "Mass",
// which is no "Mass." for Massachusetts; and a move whose time follows a
// goal and an appositive ("moved to San Diego with her husband, Paolo,
// in 1961").
const tailorObit = `Tailor who dressed three governors dies at 93

SAN DIEGO (AP) — Lucia Ferraro, who ran a tailor shop in San Diego's Barrio Logan for more than half a century, died Thursday. She was 93.

Ferraro was born in Naples, Italy, in 1931 and moved to San Diego with her husband, Paolo, in 1961.

A funeral Mass will be held Monday at St. Leonard Church.
`

func TestObituaryShape(t *testing.T) {
	e := engineOf(t, tailorObit)
	checkOpenings(t, e, []openingCase{
		{q: "how old was she", first: "Lucia Ferraro was 93"},
		{q: "when did she move to san diego", first: "In 1961"},
		{q: "when was she born", first: "In 1931"},
	})
	checkWantOrRefused(t, e, []wantCase{
		{q: "what state is the church in", want: ""},
	})
}
