package lookup

import "testing"

// lawsuitCompound is a short article written for this test, in no question
// set: the act asked ("sued") is told only by a closed compound of its
// noun ("lawsuit"), the subject of a support verb's passive.
const lawsuitCompound = `Town zoning law challenged

MILLTON, Ohio (AP) — The Millton town council approved a new zoning law on Monday.

The lawsuit was brought on Tuesday by four property owners.

"This is wrong," said Mayor Tom Reed.
`

// "lawsuit" is a kind of suit, the noun of "sue" (Quirk et al. 1985, App.
// I.57): its support verb's by-phrase tells who sued.
func TestCompoundNounOfActAnswersWho(t *testing.T) {
	e := engineOf(t, lawsuitCompound)
	checkOpenings(t, e, []openingCase{
		{q: "who sued", first: "Four property owners", not: []string{"Tom Reed"}},
	})
}
