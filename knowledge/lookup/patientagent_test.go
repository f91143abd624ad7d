package lookup

import "testing"

// The object of "employ" counts the people who work there: an employee is
// WordNet's kind of worker. Neither the count of one trade at the place
// nor a part of the workers is the answer.
func TestPatientsAsAgents(t *testing.T) {
	e := engineOf(t, "Nurses strike at city hospital\n\n"+
		"About 1,200 nurses at St. Brendan's Medical Center went on strike Monday, the first walkout at the hospital since 1994.\n\n"+
		"St. Brendan's, which employs about 4,500 people, said it had hired 600 replacement nurses.\n\n"+
		"Most of the 300 workers on the night shift stayed home.")
	checkOpenings(t, e, []openingCase{
		{q: "how many people work at the hospital", first: "About 4,500 people"},
		{q: "how many ppl work for st. brendan's", first: "About 4,500 people"},
		{q: "how many nurses went on strike", first: "About 1,200 nurses"},
	})
}
