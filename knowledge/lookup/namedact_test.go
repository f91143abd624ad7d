package lookup

import "testing"

// TestActOnlyInNameRefused: the asked verb held only as a word of a
// proper name ("the Marlow Fire Department") tells no act of the
// subject, so the question is refused; where the article tells the act
// itself, the verdict stands, and a question that names the institution
// is answered.
func TestActOnlyInNameRefused(t *testing.T) {
	named := engineOf(t, `Marlow library reopens after repairs

MARLOW, Okla. (AP) — The Marlow Public Library reopened Monday after six weeks of roof repairs.

Branch manager Ines Quarry said the library lost about 300 books to water damage. Her husband, Tom Quarry, is a lieutenant at the Marlow Fire Department and helped move the shelves.

The Marlow Fire Department also lent the library two fans.
`)
	checkRefusals(t, named, "was tom quarry fired", "did the library fire tom quarry")
	checkAnswers(t, named, []answerCase{
		{"did the fire department lend the library fans", []string{"Yes"}, nil},
	})
	told := engineOf(t, `Marlow library reopens after repairs

MARLOW, Okla. (AP) — The Marlow Public Library reopened Monday after six weeks of roof repairs.

Tom Quarry, a lieutenant at the Marlow Fire Department, was fired in May after a dispute over overtime, the city said.
`)
	checkAnswers(t, told, []answerCase{
		{"was tom quarry fired", []string{"Yes"}, nil},
	})
}
