package lookup

import "testing"

// dogPark is a short article written for this test, in no question set:
// acts counted by their nouns, one verb also written elsewhere, and one
// act whose doers the article counts as people.
const dogPark = `Residents push for dog park in Elm Hollow

ELM HOLLOW, Vt. (AP) — A petition asking the town to build a dog park gathered 1,250 signatures in three weeks, organizers said Tuesday.

The town manager has said she will not sign any new contract before the budget passes.

The parks office received 64 complaints about off-leash dogs last year.

About 80 people spoke at Monday's hearing, and 35 spoke against the park.
`

// "How many people signed" is told by the count of signatures, though the
// article writes "sign" elsewhere; "complained" by the complaints; the
// article's own count of people who spoke is left alone.
func TestActNounPeople(t *testing.T) {
	e := engineOf(t, dogPark)
	checkOpenings(t, e, []openingCase{
		{q: "how many people signed the petition", first: "1,250"},
		{q: "how many people complained about off-leash dogs", first: "64"},
		{q: "how many people spoke at the hearing", first: "About 80"},
	})
}
