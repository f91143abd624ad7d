package lookup

import "testing"

// mooseRoam is a short article written for this test, in no question
// set: a course told by compass points, one of them in a name.
const mooseRoam = `Moose wanders through downtown Ashby

ASHBY, Minn. (AP) — A young bull moose that was found Wednesday resting in a soybean field 2 miles south of Ashby had wandered through the town a day earlier, police said.

On Tuesday morning the moose wandered through downtown Ashby before heading east across the field.

The moose had been seen Monday near West Lake, where it swam for about an hour. Officers closed two blocks of Main Street while it passed.
`

// "which way" and "what direction" ask the compass point, not the
// capitalised word of a name, and a course ("heading east") before a
// position a measure phrase places ("2 miles south of Ashby").
func TestWhichWayAsksACompassPoint(t *testing.T) {
	e := engineOf(t, mooseRoam)
	checkOpenings(t, e, []openingCase{
		{q: "which way did the moose go after downtown", first: "East."},
		{q: "what direction did it head across the field", first: "East."},
		{q: "which way did the moose go across the field", first: "East."},
	})
}
