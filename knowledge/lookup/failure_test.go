package lookup

import "testing"

// regatta is a short article written for these tests, in no question set:
// two crews under a mark, one said with "also", and acts missed, failed
// and fallen short of, beside one a crew did not fail at.
const regatta = `Harbor crew wins Lakeport regatta

LAKEPORT, Mich. (AP) — The Harbor Rowing Club won the Lakeport Regatta on Saturday in 5 minutes, 41 seconds, under the old mark of 5:44.

The Delta Boat Club finished second in 5:43, also under the old mark. The Pine Bay crew missed the qualifying time by two seconds. The Ridge crew failed to finish the final after a broken oar.

Coach Lena Ward said the Cedar Point crew fell short of the podium. The Harbor crew never missed a practice this season, Ward said.
`

// TestAdditiveAndFailure checks that an additive adverb is no term of a
// yes/no question, and that a verb of failure denies the act it governs.
func TestAdditiveAndFailure(t *testing.T) {
	e := engineOf(t, regatta)
	tests := []openingCase{
		// "as well" adds the clause to another; the article says "also"
		{"was the delta boat club under the old mark as well?", "Yes", []string{"also under the old mark"}, nil},
		// "missed the time": did not make it
		{"did the pine bay crew make the qualifying time?", "No", []string{"missed the qualifying time"}, []string{"Yes"}},
		// "failed to finish": did not finish
		{"did the ridge crew finish the final?", "No", []string{"failed to finish"}, []string{"Yes"}},
		// "fell short of": did not make it
		{"did the cedar point crew make the podium?", "No", []string{"fell short of the podium"}, []string{"Yes"}},
		// a question about the failure itself is answered in its words
		{"did the harbor crew miss a practice?", "No", []string{"never missed"}, nil},
		{"did the pine bay crew miss the qualifying time?", "Yes", []string{"missed the qualifying time"}, nil},
	}
	checkOpenings(t, e, tests)
}

// foulLine is a short article written for this test, in no question set:
// a verb of failure with a cardinal number before its object's noun.
const foulLine = `Hawks hold off Pilots 88-86

SPOKANE, Wash. — Dana Ortiz scored 24 points for the Hawks. Pilots guard Kim Sato missed three free throws in the final minute, and the Hawks held on to win 88-86.
`

// TestFailureOverCardinal checks that a cardinal between a verb of
// failure and its object's noun leaves the verb governing the object.
func TestFailureOverCardinal(t *testing.T) {
	checkOpenings(t, engineOf(t, foulLine), []openingCase{
		{"did sato make her free throws", "No", []string{"missed three free throws"}, []string{"Yes"}},
	})
}

// "Avoid" and "prevent" are negative implicatives: "avoiding a runoff"
// says there is none. The story is written for this test, in no question
// set.
func TestAvoidedEventDenied(t *testing.T) {
	e := engineOf(t, "Okafor wins outright\n\nDAYTON, Ohio (AP) — Council member Grace Okafor won the race for mayor on Tuesday, taking 53 percent of the vote and avoiding a runoff.\n")
	checkOpenings(t, e, []openingCase{
		{q: "is there a runoff", first: "No"},
	})
}
