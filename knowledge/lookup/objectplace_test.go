package lookup

import "testing"

// vanTheft is a short article written for this test, in no question set:
// the places of its acts are the objects of "leave" and "cross", with no
// preposition, and a person named after "left".
const vanTheft = `Delivery van stolen from bakery lot

CARLOW, Iowa (AP) — Someone stole a delivery van from a bakery early Friday, police said.

A white van was seen leaving Birch Street at about 2 a.m., Sgt. Paula Engstrom said.

A farmer later saw it crossing the Skunk River on a county bridge.

The thief left Engstrom little to go on, she said.
`

func TestObjectPlace(t *testing.T) {
	e := engineOf(t, vanTheft)
	checkOpenings(t, e, []openingCase{
		// the place is the object of "leaving": where the van was seen
		{"where was the van seen", "Leaving Birch Street.", nil, nil},
	})
	// a person after "left" is no place
	if got := e.withObjectPlaces("The thief left Engstrom little to go on.", nil); len(got) != 0 {
		t.Errorf("a person after 'left' read as a place: %v", got)
	}
	// a river after "crossing" is one, by its head noun
	if got := e.withObjectPlaces("A farmer later saw it crossing the Skunk River on a county bridge.", nil); len(got) != 1 {
		t.Errorf("want the river after 'crossing' as a place, got %v", got)
	}
}
