package lookup

import "testing"

// graveStorm is a short article written for this test, in no question
// set: the lead tells the story's tornado by its day, and the last
// sentence an earlier tornado by the year that premodifies its noun, with
// the same verb and noun as the lead.
const graveStorm = `Tornado kills 3, levels homes in rural Kentucky

MAYFIELD, Ky. (AP) — A tornado tore through rural western Kentucky late Saturday, killing three people, injuring at least 25 and destroying dozens of homes, officials said Sunday.

The National Weather Service said the twister was an EF-3 with winds of up to 150 mph. It stayed on the ground for about 18 miles, from near the town of Wingo to the outskirts of Mayfield.

Graves County Coroner Brent Dixon identified the dead as Linda Farris, 67, her husband, Earl Farris, 70, and their neighbor, Jesse Hart, 41. All three were killed when the storm destroyed their homes on Pryorsburg Road.

Gov. Andy Beshear declared a state of emergency for Graves County and said he would visit the area Monday. "We will be there for these families for as long as it takes," Beshear said.

About 4,200 homes and businesses were without power Sunday morning, according to the West Kentucky Rural Electric Cooperative. The utility said most customers should have power back by Tuesday.

The Red Cross opened a shelter at Mayfield High School, where about 60 people spent Saturday night.

The storm came almost exactly two years after a December 2021 tornado killed 24 people in Mayfield.
`

func TestEarlierEventWeight(t *testing.T) {
	e := engineOf(t, graveStorm)
	checkOpenings(t, e, []openingCase{
		{q: "how many people died", first: "Three"},
		{q: "how many people died in 2021", first: "24"},
	})
}

// A year-named earlier event told as the antecedent of a relative clause
// ("the 2018 Bidwell Fire, which destroyed more than 1,000 homes") is
// background: "how many homes were destroyed" asks the story's own. The
// story is written for this test, in no question set.
func TestDatedEventRelativeIsBackground(t *testing.T) {
	e := engineOf(t, "Wildfire Near Oroville Grows to 18,000 Acres; 4,000 Residents Told to Leave\n\nOROVILLE, Calif. — A wildfire that broke out in dry brush west of Oroville on Tuesday afternoon had burned about 18,000 acres by Wednesday night, forcing 4,000 residents to evacuate and destroying at least 37 homes, fire officials said.\n\nThe fire is burning about eight miles from the site of the 2018 Bidwell Fire, which destroyed more than 1,000 homes and killed eight people.\n\nGov. Ana Ruiz declared a state of emergency for Butte County on Wednesday, freeing state money for the response. Highway 70 remained closed west of Oroville.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many homes were destroyed", first: "At least 37"},
	})
}
