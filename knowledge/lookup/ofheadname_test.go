package lookup

import "testing"

// museumRaid is a short article written for this test, in no question
// set: institutions whose names put their head before an of-phrase
// ("Larkin Museum of Art", "Halvern University of Science"), and a person
// described with the institution's noun as a premodifier ("museum
// director Sofia Brandt").
const museumRaid = `Thieves take two paintings from Boston museum

BOSTON (AP) — Thieves broke into the Larkin Museum of Art early Sunday and escaped with two paintings, police said.

"We want them back on the wall," said museum director Sofia Brandt.

A professor at the Halvern University of Science said such paintings are hard to sell.
`

// TestOfHeadName checks that "what museum" names the institution whose
// name's head, the noun before its of-phrase, is the noun asked, and not
// a person the noun only premodifies.
func TestOfHeadName(t *testing.T) {
	e := engineOf(t, museumRaid)
	checkOpenings(t, e, []openingCase{
		{"what museum is it", "Larkin Museum of Art", nil, []string{"Brandt"}},
		{"which museum did the thieves break into", "Larkin Museum of Art", nil, []string{"Brandt"}},
		{"what university is the professor at", "Halvern University of Science", nil, nil},
	})
}
