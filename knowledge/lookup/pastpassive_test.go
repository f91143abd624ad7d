package lookup

import "testing"

// mailTheft is a short article written for this test, in no question
// set: a short sentence dating a court act in the simple past passive
// ("was convicted of shoplifting in 2021"), which outranks the longer one
// that schedules the coming act without the question's verb.
const mailTheft = `Postal worker charged with stealing gift cards

DELRAY FALLS, Ind. (AP) — A mail carrier has been charged with stealing gift cards from greeting cards on her route, postal inspectors said.

Ulla Brandt was being held at the Wabash County Jail on $5,000 bond and is scheduled to be arraigned Friday in Wabash County Superior Court.

Court records show Brandt was convicted of shoplifting in 2021 and served 30 days in jail.
`

// TestPastPassiveFuture does not date an act still to come ("when does
// she go to court", "when will she appear in court") by a time that
// dates a verb in the simple past passive, and answers with the
// scheduled day.
func TestPastPassiveFuture(t *testing.T) {
	e := engineOf(t, mailTheft)
	checkOpenings(t, e, []openingCase{
		{q: "when will she go to court", first: "Friday", not: []string{"2021"}},
		{q: "when does she go to court", first: "Friday", not: []string{"2021"}},
		{q: "when was brandt convicted", want: []string{"2021"}},
	})
}
