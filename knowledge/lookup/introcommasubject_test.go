package lookup

import (
	"testing"

	"storybot/knowledge"
)

// libraryVote is a short article written for this test, in no question
// set: a person named after an introductory phrase that ends in an
// organisation's common noun and a comma ("by the board, Perez").
const libraryVote = `Library director resigns after budget vote

CALDWELL, Idaho (AP) — Caldwell Public Library director Rosa Perez resigned on Thursday, two days after the city council cut the library's budget by 18%.

Perez, 61, led the library for 11 years.

In a letter released by the board, Perez said she could not run the branches with the staff that remained. "I cannot keep three buildings open with nine people," she wrote.
`

// A comma after "the board" ends the introductory phrase; the
// name after it is the clause's subject, a person, not the board's name.
func TestCommaIsNoCloseApposition(t *testing.T) {
	e := engineOf(t, libraryVote)
	checkAnswers(t, e, []answerCase{
		{"how old is perez", []string{"61"}, nil},
	})
	for _, ent := range e.a.Entities {
		if ent.Name == "Rosa Perez" && ent.Kind != knowledge.Person {
			t.Errorf("Rosa Perez read as %s, want a person", ent.Kind)
		}
	}
}
