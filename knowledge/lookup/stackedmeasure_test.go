package lookup

import "testing"

// A measure compound stands first among the premodifiers of its head
// ("a 2,000-pound steel roof beam" weighs the beam), and a premodifier
// the question gives its noun must be among the article's modifiers of
// it: "the eagle putt" is not "a 14-foot birdie putt".
func TestMeasureCompoundBeforeStackedPremodifiers(t *testing.T) {
	e := engineOf(t, `Beam falls at arena site; no one hurt

SPRINGFIELD, Ill. (AP) — A 2,000-pound steel roof beam slipped from a crane and crashed onto an empty parking lot Tuesday at the site of the new downtown arena, city officials said.

Crews had been lifting the beam onto a 90-foot concrete support tower when a cable snapped, site manager Lou Baptiste said.

"Everybody did exactly what they were trained to do," Baptiste said.
`)
	checkOpenings(t, e, []openingCase{
		{"how heavy was the beam", "2,000-pound", []string{"¶1"}, nil},
		{"how tall is the tower", "90-foot", []string{"¶2"}, nil},
	})
	golf := engineOf(t, `Okafor wins Desert Classic by one stroke

PALM DESERT, Calif. (AP) — Chidi Okafor made a 14-foot birdie putt on the final hole Sunday to win the Desert Classic by one stroke.

Okafor, 27, had holed a 40-foot eagle putt at the 13th to take the lead.
`)
	checkOpenings(t, golf, []openingCase{
		{"how long was the eagle putt", "40-foot", []string{"¶2"}, []string{"14-foot"}},
		{"how long was the birdie putt", "14-foot", []string{"¶1"}, nil},
	})
}
