package lookup

import "testing"

// A thing's genitive typed without its apostrophe before "name" asks
// the thing's name as "what's the dog's name" does, so a name in close
// apposition (harborCollision, closename_test.go) answers it too.
func TestBareGenitiveNameOfAThing(t *testing.T) {
	e := engineOf(t, harborCollision)
	checkAnswers(t, e, []answerCase{
		{"whats the dogs name", []string{"Juno"}, nil},
		{"what was the tugboats name", []string{"Mary Ellen"}, nil},
	})
}
