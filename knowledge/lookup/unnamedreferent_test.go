package lookup

import "testing"

// kayakFound is a short article written for this test, in no question
// set: a finder the story never names, beside a named official, and a
// named firm.
const kayakFound = `Missing kayak found on beach

BAR HARBOR, Maine (AP) — A kayak reported missing last week washed up on a beach Monday, harbor master Lena Ruiz said.

A jogger spotted the kayak near the pier and called police. Her dog, a terrier named Pip, found it first. The boat was rented from Bayside Paddle Co., which said it was undamaged.
`

// The name of one introduced only as "a jogger" is not in the article;
// the harbor master's is, and so is the terrier's, named by a verb of
// naming after its indefinite noun phrase.
func TestUnnamedReferent(t *testing.T) {
	e := engineOf(t, kayakFound)
	checkWantOrRefused(t, e, []wantCase{
		{"what's the name of the jogger who found it", ""},
		{"whats the jogger's name", ""},
		{"what's the name of the harbor master", "Ruiz"},
		{"what's the name of the terrier", "Pip"},
	})
}
