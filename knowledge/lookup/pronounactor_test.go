package lookup

import "testing"

// A story that names each person once and then tells their acts by
// "he" or "she", with the source named in the attribution.
const pronounActorStory = `Driver charged in death of cyclist

OGDEN, Utah (AP) — A cyclist was struck and killed Friday on 12th Street, police said.

The cyclist, Marcus Bell, of Roy, was riding home from work. He died at a hospital, Lt. Carla Dean said.

Officers arrested Tina Ruiz, 44, at her home on Saturday. She was charged with negligent homicide, Dean said.
`

func TestPronounActorIsWhomItStandsFor(t *testing.T) {
	e := engineOf(t, pronounActorStory)
	checkOpenings(t, e, []openingCase{
		// "He died …, Lt. Carla Dean said": he is Bell, Dean the source
		{q: "who died", first: "Marcus Bell"},
		// "She was charged …": she is Ruiz, who underwent it
		{q: "who was charged with negligent homicide", first: "Tina Ruiz"},
	})
}
