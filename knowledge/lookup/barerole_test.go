package lookup

import "testing"

// dockedFerry is a short article written for this test, in no question
// set: the person who steered is named only by the bare head of a role
// ("The pilot, …"), the vessel named elsewhere.
const dockedFerry = `Ferry strikes dock in Maine harbor, injuring 3

ROCKLAND, Maine (AP) — A passenger ferry struck a wooden dock in Rockland Harbor on Saturday morning, injuring three people, the Coast Guard said.

The pilot, Lydia Marsh, 58, told investigators the steering failed as the boat slowed. She was not hurt.

Harbor master Tom Beale, 61, said the dock would stay closed for two weeks.
`

// TestBareRole checks that a role asked with a modifier the article
// leaves off ("the ferry pilot") is the story's one bare "pilot",
// and that a modifier the article never uses ("the bus pilot") names
// no one.
func TestBareRole(t *testing.T) {
	e := engineOf(t, dockedFerry)
	checkOpenings(t, e, []openingCase{
		{"who was the ferry pilot", "Lydia Marsh.", nil, nil},
		{"who was the boat pilot", "Lydia Marsh.", nil, nil},
	})
	checkWantOrRefused(t, e, []wantCase{{"who was the bus pilot", ""}})
}
