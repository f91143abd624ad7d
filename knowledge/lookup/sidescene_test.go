package lookup

import "testing"

// bakeryMove is a short article written for this test, in no question
// set: the story's plant in the dateline's town, a side scene (the plant
// production moves to) named after the lead, and a later paragraph back
// in the story's own town.
const bakeryMove = `Dunmore bakery to close next spring

DUNMORE, Pa. (AP) — Harlow Bread will close its bakery in Dunmore next spring, the company said Wednesday.

The company will move the work to its plant in Tilbury, Ohio, which employs 600 people.

The Dunmore union represents about 240 of the bakery's workers, its president said.
`

// lakeRescue is a short article written for this test, in no question set:
// a dateline away from the place the lead names, which stays the story's
// scene in later paragraphs.
const lakeRescue = `Boaters rescued on Lake Orrin

AUGUSTA, Maine (AP) — A storm capsized six boats on Lake Orrin on Saturday, state officials said.

Game wardens pulled 14 people from the water, officials said.
`

func TestSideSceneHoldsInItsParagraph(t *testing.T) {
	checkAnswers(t, engineOf(t, bakeryMove), []answerCase{
		// the Dunmore bakery's workers are not Tilbury's
		{"how many workers in tilbury", nil, []string{"240"}},
		{"how many union workers are there in tilbury", nil, []string{"240"}},
		{"how many people does the plant in tilbury employ", []string{"600"}, nil},
		// the story's own town is still the scene of the later paragraph
		{"how many workers does the union represent in dunmore", []string{"240"}, nil},
	})
	checkAnswers(t, engineOf(t, lakeRescue), []answerCase{
		// a place the lead names sets the scene for the story
		{"how many people were pulled from the water on lake orrin", []string{"14"}, nil},
	})
}
