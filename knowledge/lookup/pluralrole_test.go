package lookup

import "testing"

// ferryTheft is a short article written for this test, in no question
// set: a plural noun that is a verb's object right before a name that
// opens the next clause ("told detectives Rook had"), beside a plural
// title over two coordinated names ("lawyers Ines Dahl and Pavel Roth").
const ferryTheft = `Ferry worker charged in ticket theft

KESTREL, Maine (AP) — A Kestrel ferry worker was charged Tuesday with stealing $9,000 in ticket sales.

Omar Rook, a deckhand, was arrested at the terminal. A cashier told detectives Rook had taken cash from the booth.

Rook is represented by lawyers Ines Dahl and Pavel Roth.
`

// TestPluralTitle checks that a plural noun before one name is not read
// as what that person is, while a plural title before coordinated names
// still is, in the singular.
func TestPluralTitle(t *testing.T) {
	e := engineOf(t, ferryTheft)
	checkAnswers(t, e, []answerCase{
		{"who is omar rook", []string{"deckhand"}, []string{"detectives"}},
		{"what does rook do", []string{"deckhand"}, []string{"detectives"}},
		{"who is ines dahl", []string{"Ines Dahl is the lawyer."}, []string{"the lawyers"}},
	})
}
