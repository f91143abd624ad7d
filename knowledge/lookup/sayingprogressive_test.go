package lookup

import "testing"

// TestWhatIsXSaying checks that "what's X saying", the progressive of a
// verb of saying, asks for X's words like "what did X say", for a speaker
// named or described, and not for any sentence that shares a word with the
// description.
func TestWhatIsXSaying(t *testing.T) {
	e := engineOf(t, `Bakery closes after 40 years

TILTON, New Hampshire (AP) — The Main Street Bakery closed Saturday after 40 years in business.

"We are grateful to our neighbors for every loaf," the owners said in a sign on the door.

Rosa Pell, who lives next door and is the bakery's neighbor, said she would miss the smell of bread. "It was the best alarm clock in town," Pell said.
`)
	checkAnswers(t, e, []answerCase{
		{"what's the neighbor saying", []string{"best alarm clock"}, []string{"every loaf"}},
		{"what is pell saying", []string{"best alarm clock"}, nil},
	})
}
