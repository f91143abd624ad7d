package lookup

import "testing"

// ardmoreLevee is a short article written for these tests, in no question set:
// an official who orders people to leave (a word WordNet links to
// "resign"), a man who died, and a closure with its cause.
const ardmoreLevee = `Levee breach forces evacuation of Ardmore

ARDMORE, La. (AP) — Parish emergency director Nia Brandt ordered about 900 residents to leave their homes Sunday after a levee on the Tensas River gave way.

Floyd Harmon, 81, died Monday at a shelter in nearby Crestview. The cause was heart failure, his son said.

The parish closed Route 15 because water covered the road.
`

// TestActStated refuses a why-question whose act no sentence states,
// only a synonym of it in another sense, and still answers one whose act
// is stated as the effect of the asked verb or as itself.
func TestActStated(t *testing.T) {
	e := engineOf(t, ardmoreLevee)
	tests := []wantCase{
		{"why did brandt resign", ""},
		{"what killed harmon", "heart failure"},
		{"why did they close route 15", "water covered"},
	}
	checkWantOrRefused(t, e, tests)
}
