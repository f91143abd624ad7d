package lookup

import "testing"

// attributionSubjectBarn is a short article written for this test, in no
// question set, whose attribution "the chief said" follows a name.
const attributionSubjectBarn = `Barn fire kills 40 goats near Hollis

HOLLIS, N.H. (AP) — A fire destroyed a dairy barn and killed 40 goats early Tuesday, fire officials said.

Fire Chief Dana Pruitt said crews from four towns fought the blaze for six hours.

The fire started in a heater in a stall rented by Walter Osgood, the chief said.

"We could not get to the animals in time," Pruitt said.
`

// TestAttributionSubject reads "the chief" of "…, the chief said" as the
// attribution's subject, not as an appositive to the name before it: the
// chief is the fire chief, who said it, and the renter is no chief.
func TestAttributionSubject(t *testing.T) {
	e := engineOf(t, attributionSubjectBarn)
	for _, ent := range e.a.Entities {
		if ent.Name == "Walter Osgood" && ent.Role != "" {
			t.Errorf("Walter Osgood has the role %q", ent.Role)
		}
	}
	checkOpenings(t, e, []openingCase{
		{q: "what did the chief say", first: "Dana Pruitt", not: []string{"Walter Osgood said"}},
	})
}
