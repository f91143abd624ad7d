package lookup

import "testing"

// libraryChair is a short article written for this test, in no question
// set: a person described now by one title and, in a later sentence, as
// a former something.
const libraryChair = `Library board picks new chair

DALTON, Ga. (AP) — The Dalton Public Library board on Tuesday chose Renee Castillo, 55, as its chair.

Castillo, a former county prosecutor, said she would ask for longer weekend hours.

Board member Glen Ward, 70, said the vote was unanimous.
`

func TestPastRole(t *testing.T) {
	checkAnswers(t, engineOf(t, libraryChair), []answerCase{
		{"what did castillo do before", []string{"Renee Castillo is a former county prosecutor."}, nil},
		{"lol whats castillo's old job", []string{"Renee Castillo is a former county prosecutor."}, nil},
		// Ward is given no former role: not answered by Castillo's
		{"what did ward do before", nil, []string{"prosecutor"}},
	})
}
