package lookup

import "testing"

// birdSurveys is a short article written for this test and in no question
// set: two events the question tells apart only by the noun "count",
// which also frames count questions ("how many", "count").
const birdSurveys = "Volunteers tally birds at county preserve\n\n" +
	"ELGIN, Ill. — About 35 volunteers took part Saturday in the spring bird survey at the Tyler Creek preserve, organizers said.\n\n" +
	"The preserve's winter bird count in January drew 88 volunteers.\n\n" +
	"Ten of the volunteers in the survey were children.\n"

// TestDeterminedTypeWord: in "how many volunteers were in the bird
// count", "how many" asks the kind of answer and "the bird count" is the
// thing asked about, so "count" is a term (cuemodifier.go,
// determinedTypeNoun).
func TestDeterminedTypeWord(t *testing.T) {
	e := engineOf(t, birdSurveys)
	checkOpenings(t, e, []openingCase{
		{q: "how many volunteers were in the bird count", first: "88"},
	})
}
