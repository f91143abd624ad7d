package lookup

import "testing"

// TestChangeSinceEarlierTime checks, on short articles written for this
// test, that "how many more/fewer X than last year" asks the size of the
// change an appositive noun of change gives ("214 volunteers, a rise of
// 34 from last year"), that a bare change figure after another count is
// not read as a count of the clause's subject, and that a sentence dated
// "next year" does not answer a question about last year.
func TestChangeSinceEarlierTime(t *testing.T) {
	e := engineOf(t, "Bird count draws more volunteers\n\n"+
		"LIBERTYVILLE, Ill. (AP) — The annual winter bird count drew 214 volunteers on Saturday, a rise of 34 from last year, organizers said.\n\n"+
		"The volunteers tallied 41,600 birds, a drop of about 3,000 from a year ago.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many more volunteers than last year", first: "34"},
		{q: "how many fewer birds than a year ago", first: "About 3,000"},
		{q: "how many volunteers were there", first: "214"},
	})
	e = engineOf(t, "Bird count finds fewer birds\n\n"+
		"LIBERTYVILLE, Ill. (AP) — Volunteers tallied 41,600 birds on Saturday in the annual winter bird count, a drop of about 3,000 from a year ago.\n\n"+
		"The count has run since 1962, organizers said.\n")
	checkWantOrRefused(t, e, []wantCase{{q: "how many volunteers were there"}})
	e = engineOf(t, "Rowing club opens new boathouse\n\n"+
		"DUBUQUE, Iowa (AP) — The Dubuque Rowing Club opened its new boathouse on Saturday after a two-year fundraising drive.\n\n"+
		"The club hopes to sign up 250 members next year, its president, Dana Ruiz, said.\n")
	checkWantOrRefused(t, e, []wantCase{{q: "how many members were there last year"}})
}
