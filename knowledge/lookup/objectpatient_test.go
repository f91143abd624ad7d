package lookup

import "testing"

// A passive who-question is answered by the object of the lead's active
// verb ("killing a 23-year-old man") and the name a later sentence gives
// it through a definite description ("The man was identified as …",
// "The woman who died was …"); a plural object is answered with the
// description.
func TestDescribedObjectOfActiveVerbIsThePatient(t *testing.T) {
	e := engineOf(t, `Pickup hits pole in Dalton; driver dies

DALTON, Ga. (AP) — A pickup truck ran off a wet road and struck a utility pole early Friday, killing a 23-year-old man and cutting power to about 800 homes, police said.

Officers found the truck on its side on Cleveland Highway shortly after 2 a.m., Sgt. Wes Pruitt said.

The man was identified as Tyler Gantt of Calhoun. He was not wearing a seat belt, Pruitt said.
`)
	checkOpenings(t, e, []openingCase{
		{"who was killed", "Tyler Gantt", []string{"¶1", "¶3"}, nil},
	})
	fire := engineOf(t, `Apartment fire in Saginaw kills woman, injures two firefighters

SAGINAW, Mich. (AP) — A fire tore through a three-story apartment building Monday night, killing one woman and injuring two firefighters, the city fire chief said.

The woman who died was Rosa Villanueva, 74, who had lived in the building for 30 years, Chief Dan Moor said.
`)
	checkOpenings(t, fire, []openingCase{
		{"who was killed in the fire", "Rosa Villanueva", []string{"¶1", "¶2"}, nil},
	})
}
