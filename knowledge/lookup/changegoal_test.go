package lookup

import "testing"

// TestChangeGoal checks, on a short article written for this test, that
// the figure after "to" in "rose by 38 last year to 412" is the level the
// count reached, that "by about 200 to 5,100" is a change and its level,
// not a range (the figure after "by" is no end of the change), and
// that "how much more" is answered by the figure before "more"; and that
// "raised the pass by $10 to $114" gives $114 for the pass and $10 for
// how much it went up.
func TestChangeGoal(t *testing.T) {
	e := engineOf(t, "Dog bites rise in county\n\n"+
		"YAKIMA, Wash. (AP) — Reported dog bites in Yakima County rose by 38 last year to 412, the county health department said Monday.\n\n"+
		"Animal-control calls fell by about 200 to 5,100, and the number of licensed dogs grew to 21,000 from 19,500.\n\n"+
		"A new license fee would cost an owner of a dog valued at $900 about $15 more a year, a county commissioner said.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many dog bites were there last year", first: "412"},
		{q: "how many animal control calls were there", first: "5,100"},
		{q: "how much did calls drop", first: "About 200", not: []string{"5,100."}},
		{q: "how many licensed dogs are there", first: "21,000"},
		{q: "how much more will a dog owner pay", first: "About $15"},
	})
	e = engineOf(t, "Transit board raises fares\n\n"+
		"DENVER (AP) — The transit board voted Tuesday to raise the basic bus fare by 25 cents to $3.25, the first increase since 2019.\n\n"+
		"The board also raised the monthly pass by $10 to $114.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how much did fares go up", first: "25 cents"},
		{q: "how much is the fare now", first: "$3.25"},
		{q: "how much is the monthly pass", first: "$114"},
		{q: "how much did the pass go up", first: "$10"},
	})
}
