package lookup

import "testing"

// cyclistKilled and fishermanDied are short articles written for this
// test, in no question set: a lead describes an unnamed person, a
// paragraph naming an official comes next, and only then a definite noun
// gives the name, as the complement of "identified … as" or in
// apposition ("The victim, …").
const cyclistKilled = `Cyclist killed in collision with delivery van in Lansing

LANSING, Mich. (AP) — A 34-year-old cyclist was killed Thursday when a delivery van turned into a bike lane on Saginaw Street, police said.

The van's driver stayed at the scene and was not hurt, Lansing police Lt. Carla Brandt said.

The man was identified Friday by the Ingham County medical examiner as Omar Haddad, of East Lansing.

"This is a dangerous corner and we have asked the city to look at it," Brandt said.
`

const fishermanDied = `Fisherman dies after boat capsizes off Maine coast

ROCKLAND, Maine (AP) — A 61-year-old fisherman died Saturday after his boat capsized in rough seas about 3 miles off Owls Head, the Coast Guard said.

Petty Officer Lena Marsh said a crew reached the boat within an hour.

The victim, Walter Greene, of Thomaston, had fished the area for more than 40 years, Marsh said.
`

// TestIdentifiedAs checks that the lead's unnamed person is the one a
// later definite noun names: the lead's age is that person's, and "who
// was killed" is answered with the name.
func TestIdentifiedAs(t *testing.T) {
	checkOpenings(t, engineOf(t, cyclistKilled), []openingCase{
		{"who was killed", "Omar Haddad", nil, nil},
		{"how old was the man", "Omar Haddad is 34", nil, nil},
	})
	checkOpenings(t, engineOf(t, fishermanDied), []openingCase{
		{"who died", "Walter Greene", nil, nil},
		{"how old was the victim", "Walter Greene is 61", nil, nil},
		{"what was the victims name", "Walter Greene", nil, nil},
	})
}
