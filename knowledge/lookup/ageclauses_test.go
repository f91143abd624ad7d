package lookup

import "testing"

// oldestResident is a short article written for this test, in no question
// set: ages given by "turned", by a relative clause, by a compound with a
// scale word, and one beside a genitive that is not the possessor's.
const oldestResident = `Town celebrates its oldest resident

GREENVILLE, Maine (AP) — Edna Pike turned 104 on Saturday, and half the town came to the party at the Moosehead Grange hall.

The oldest guest after Pike was her friend Lorna Sewall, who is 97.

Pike's great-grandson, a 6-year-old named Eli, sang "Happy Birthday."

The fossil of a 75-million-year-old turtle, found on the Pike farm in 1950, is displayed at the library.
`

func TestAgesInClausesAndCompounds(t *testing.T) {
	checkAnswers(t, engineOf(t, oldestResident), []answerCase{
		{"how old is edna pike", []string{"104"}, []string{"is 6"}},
		{"how old is lorna sewall", []string{"97"}, nil},
		{"how old is eli", []string{"6"}, []string{"104"}},
		{"how old is the turtle fossil", []string{"75 million years"}, nil},
	})
}
