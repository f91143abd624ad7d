package lookup

import "testing"

// feedStore is a short article written for this test, in no question set:
// a thing owned by a relative of the person asked about, named by a noun
// for a person rather than by name.
const feedStore = `Feed store owner fined

ELKTON, Ky. (AP) — Feed store owner Carla Dunn was fined $2,000 on Wednesday after state inspectors found her son's truck loaded with expired pesticide.
`

func TestThingOfAPersonNoun(t *testing.T) {
	checkAnswers(t, engineOf(t, feedStore), []answerCase{
		// the truck is the son's, so nothing is said of Dunn's truck
		{"does dunn own a truck", nil, []string{"Yes"}},
		// her own fine is still hers
		{"was dunn fined", []string{"Yes"}, nil},
	})
}
