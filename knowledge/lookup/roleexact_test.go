package lookup

import "testing"

// festivalBriefing is a short article written for these tests, in no
// question set: two directors, one called by the bare office and one by
// a narrower one, the narrower introduced before a courtesy title.
const festivalBriefing = `Rain spares jazz festival

NEWPORT, R.I. (AP) — About 9,000 people attended the Harbor Jazz Festival on Saturday despite a forecast of storms.

Festival director Maria Olsen said ticket sales were the best in a decade.

"We got lucky with the clouds," said the festival's medical director, Dr. Ken Abe.

"Nobody had to leave early," Olsen said.
`

// TestDescriptionMeansTheWholeRole checks that "the festival director"
// is the one so called, not the festival's medical director, and that
// the narrower office still names its holder.
func TestDescriptionMeansTheWholeRole(t *testing.T) {
	checkOpenings(t, engineOf(t, festivalBriefing), []openingCase{
		{"what did the festival director say about sales", "Maria Olsen", nil, []string{"Abe"}},
		{"who is the festival director", "Maria Olsen", nil, []string{"Abe"}},
		{"who's the medical director", "Ken Abe", nil, nil},
	})
}

// TestOneMoreIsNotTheWholeRole checks that "the other neighbor" still
// asks for either of two so called, not the one called plainly.
func TestOneMoreIsNotTheWholeRole(t *testing.T) {
	checkOpenings(t, engineOf(t, burningCar), []openingCase{
		{"who is the other neighbor", "", []string{"Ruiz"}, nil},
		{"who is the neighbor", "Dean Pruitt", nil, []string{"Ruiz"}},
	})
}
