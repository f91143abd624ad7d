package lookup

import "testing"

// A fire story where one person died, a possessor's relative died, and a
// survivor is named only as a source.
const lifeStateStory = `Farmhouse fire kills retired teacher

ELGIN, Ill. (AP) — Martin Oakes, a retired teacher who taught at Elgin High School for 30 years, died Sunday in a fire at his farmhouse, officials said.

Oakes died before firefighters arrived, his neighbor, Rita Lamb, said. Oakes' brother, Paul Oakes, who lived with him, escaped with burns.

The fire started in the kitchen, Fire Chief Dan Ruiz said. Ruiz's father, a firefighter, died in a 1984 blaze.
`

func TestDeadOrAlive(t *testing.T) {
	e := engineOf(t, lifeStateStory)
	checkOpenings(t, e, []openingCase{
		{"is martin oakes dead", "Yes", nil, nil},
		{"is oakes still alive", "No", nil, nil},
		// a kind of person asked by its noun, the subject of "died"
		{"is the chief's father still alive", "No", []string{"1984"}, nil},
	})
	// the verb's subject is the one asked: not a possessor, not a source
	checkAnswers(t, e, []answerCase{
		{"is rita lamb alive", nil, []string{"No —", "Yes —"}},
		{"is dan ruiz dead", nil, []string{"No —", "Yes —"}},
	})
}
