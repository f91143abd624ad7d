package lookup

import "testing"

// barge is a short article written for these tests, in no question set:
// a route told with both ends, a find placed by a month and a compass
// bearing, a goal given by "into", a lead whose event only the dateline
// places, and a hotel named beside an act it is not the place of.
const barge = `Barge runs aground in fog

MARIETTA, Ohio (AP) — A grain barge ran aground early Tuesday, blocking river traffic for six hours, the Coast Guard said.

The barge was traveling from Pittsburgh, Pa., to Louisville, Ky.

Divers found the broken rudder in March on a sandbar west of Belpre, about 10 miles downstream.

The owner of the towing company, Ray Dunn, spoke at a briefing at the Riverview Hotel.

Dunn said he retired from piloting in 2019.

The fog is expected to move into Kentucky on Wednesday.
`

// TestWherePlaces checks the places a where-question asks that are not
// a name after "in" or "at": the goal of a route told from its source,
// a compass bearing, a goal after "into", the dateline of the lead's
// event; and that a month is no place and a hotel named elsewhere is not
// where a man did something.
func TestWherePlaces(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, barge)
	checkAnswers(t, e, []answerCase{
		// the question names nothing but the movement: the story's own
		{"where was it headed", []string{"Louisville"}, []string{"Pittsburgh, Pa. The"}},
		{"where did it come from", []string{"Pittsburgh"}, []string{"Louisville, Ky. The"}},
		// a person's movement is not the story's
		{"where was she headed", nil, []string{"Louisville"}},
		// "in March" says when; the bearing says where
		{"where did the divers find the rudder", []string{"West of Belpre"}, []string{"In March."}},
		// "into" marks a goal; "next" asks which goal, it is no word to find
		{"where is the fog heading next", []string{"Kentucky"}, nil},
		// the lead's event is set at the dateline
		{"where did the barge run aground", []string{"Marietta, Ohio"}, nil},
		// a word the article never uses: not the lead's event
		{"where did the barge load its grain", nil, []string{"Marietta, Ohio."}},
		// "he" is not the story's main actors: no venue of theirs
		{"where did he retire", nil, []string{"Riverview Hotel."}},
	})
}
