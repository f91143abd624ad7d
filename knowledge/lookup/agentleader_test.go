package lookup

import "testing"

// glacierSurvey is a short article written for this test, in no question
// set: two passives whose group agent a "led by" or "headed by"
// postmodifier ties to a named leader, one with a comma and one without,
// and one whose group agent has none.
const glacierSurvey = `Survey finds glacier shrinking faster

JUNEAU, Alaska (AP) — A glacier near Juneau lost more ice last summer than in any year on record, a survey says.

The ice was measured by a team at the University of Alaska led by glaciologist Nora Pell.

The photos were checked by volunteers from the Juneau Ice Club, headed by Sam Okoro, who said the edge had moved 300 feet.

The camp was set up by a crew at the Alaska Parks Service.
`

// A group agent's "led by" postmodifier names its leader in the answer's
// first sentence (Quirk et al., §17.29); a group with none stays the
// group.
func TestAgentLeader(t *testing.T) {
	e := engineOf(t, glacierSurvey)
	checkOpenings(t, e, []openingCase{
		{q: "who measured the ice", first: "A team at the University of Alaska led by glaciologist Nora Pell."},
		{q: "who checked the photos", first: "Volunteers from the Juneau Ice Club, headed by Sam Okoro."},
		{q: "who set up the camp", first: "A crew at the Alaska Parks Service."},
	})
}
