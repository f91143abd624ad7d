package knowledge

import "testing"

// guardReturn is a short article written for this test, in no question
// set: enlisted ranks with an ordinal class before the name, in
// figures and in words (AP Stylebook, "military titles").
const guardReturn = `Guard unit returns home

CAMP MERRILL, Ga. (AP) — About 150 soldiers of the Georgia National Guard returned home Sunday after a year in Poland.

Sgt. 1st Class Renee Castillo, who led a supply team, said the unit lost no one.

Petty Officer 2nd Class Omar Reyes, a Navy corpsman attached to the unit, said the families had waited long enough.

Sergeant First Class Jo Tanaka said the soldiers would rest for two weeks.
`

// TestRankClassIsTitle checks that "1st Class" and "First Class" belong
// to the rank before a name, not to the name.
func TestRankClassIsTitle(t *testing.T) {
	a, err := Parse(guardReturn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Renee Castillo", "Omar Reyes", "Jo Tanaka"} {
		if p, ok := a.Entity(name); !ok || p.Kind != Person || p.Name != name {
			t.Errorf("want the person %s, got %+v (%v)", name, p, ok)
		}
	}
	for _, e := range a.Entities {
		if e.Name == "Class Renee Castillo" || e.Name == "Class Omar Reyes" || e.Name == "First Class Jo Tanaka" {
			t.Errorf("the rank's class read as part of a name: %q", e.Name)
		}
	}
}
