package lookup

import "testing"

// parkSurvey is a short article written for this test, in no question
// set: a fronted partitive after a sentence that names the scene.
const parkSurvey = `City weighs dog park for riverfront

DAYTON, Ohio (AP) — Dayton officials asked residents Tuesday for their views on a plan to build a fenced dog park along the Great Miami River.

Residents spoke for three hours at a public forum at the downtown library. Of the 86 people who testified, 51 backed the dog park, parks director Janelle Ortiz, 46, said.
`

func TestPartitiveSceneWordAsksWhole(t *testing.T) {
	checkOpenings(t, engineOf(t, parkSurvey), []openingCase{
		// "at the forum" is told in another sentence: the question asks
		// how many testified, the whole
		{"how many people testified at the forum", "86", nil, nil},
		{"how many testified", "86", nil, nil},
		{"how many backed the dog park", "51", nil, nil},
	})
}
