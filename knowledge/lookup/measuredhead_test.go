package lookup

import "testing"

// siloCollapse is a short article written for this test, in no question
// set: measure compounds before noun phrases of several words.
const siloCollapse = `Wind topples farm silo

AMES, Iowa (AP) — High winds on Tuesday toppled a 90-foot concrete grain silo on a farm north of town.

The gusts also tore a 30-foot steel storage shed from its base, and a 6-foot crack opened in the barn wall, the sheriff said.
`

// A measure compound measures the head of the phrase it premodifies,
// whatever adjectives and nouns stand between; not a noun it does not
// premodify ("a 6-foot crack in the barn wall" is no size of the wall).
func TestMeasuredHeadAsked(t *testing.T) {
	e := engineOf(t, siloCollapse)
	checkAnswers(t, e, []answerCase{
		{"how tall was the silo", []string{"90-foot."}, []string{"30-foot."}},
		{"how long was the storage shed", []string{"30-foot."}, []string{"90-foot."}},
		{"how long was the crack", []string{"6-foot."}, nil},
		// the wall is not what "6-foot" premodifies, and the barn is not measured
		{"how long is the barn wall", nil, []string{"6-foot.", "30-foot.", "90-foot."}},
	})
}
