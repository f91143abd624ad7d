package lookup

import "testing"

// ferryCrewStrike is a short article written for this test, in no
// question set.
const ferryCrewStrike = `Ferry crews end strike

PORT ALDEN, Wash. (AP) — Ferry crews returned to work Tuesday after a three-day strike.

"The ferry agency finally listened to us," said Owen Marsh, 52, a deckhand who leads the crew union.

Service will be back to normal by Thursday.
`

// "Who is the <noun> of the agency" asks for whoever the noun names;
// when the article never uses that noun (a clipped or misspelt title),
// the one person the rest of the question fits ("the ferry agency" in
// his quotation) is not the answer.
func TestUnknownRoleNotDropped(t *testing.T) {
	e := engineOf(t, ferryCrewStrike)
	checkAnswers(t, e, []answerCase{
		{"who is the supe of the ferry agency", nil, []string{"Owen Marsh"}}, // no one is called so
		{"who's the gm at the ferry agency", nil, []string{"Owen Marsh"}},
	})
	checkOpenings(t, e, []openingCase{
		{"who leads the crew union", "Owen Marsh", nil, nil},
	})
}
