package lookup

import "testing"

// TestCoordinateAdjectivesAreNoPlace checks that a prepositional phrase
// whose first adjective a comma joins to another ("on a cool, windless
// morning") is read to its head, a time, so "where did it finish" is not
// answered "On a cool", on a short article written for this test.
func TestCoordinateAdjectivesAreNoPlace(t *testing.T) {
	e := engineOf(t, "Cyclist wins state road race\n\nBOISE, Idaho (AP) — Anna Pruitt won the state road race Saturday, finishing in 3 hours on a cool, cloudy morning.\n\nAbout 900 riders started the race in Nampa and finished near the Capitol in Boise.\n")
	checkAnswers(t, e, []answerCase{
		{"where did it finish", []string{"Capitol"}, []string{"On a cool"}},
	})
}
