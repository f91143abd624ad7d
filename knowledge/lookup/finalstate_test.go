package lookup

import "testing"

// A land-sale story whose deal still awaits a vote of approval, and which
// dates an earlier sale with "last".
const finalStateStory = `County agrees to sell fairgrounds to developer for $9 million

MILLTOWN, Ore. (AP) — Harlan County commissioners on Wednesday agreed to sell the county fairgrounds to a housing developer for $9 million.

The county sold a smaller parcel to the same company last year.

The sale must still be approved by the state land board, which meets in June.
`

func TestFinalState(t *testing.T) {
	e := engineOf(t, finalStateStory)
	checkOpenings(t, e, []openingCase{
		{"is the sale final", "No", []string{"land board"}, nil},
		{"is it final or does anyone else have to sign off", "No", []string{"land board"}, nil},
	})
}
