package lookup

import (
	"strings"
	"testing"
)

// warehouseFire is written for these tests: its "exits" share a verb
// sense with "die" that SemCor never tags, and it names a spokeswoman
// beside an unsaid act.
const warehouseFire = `Warehouse blaze forces evacuation in Toledo

TOLEDO, Ohio (AP) — A fire tore through a furniture warehouse on Tuesday night, and firefighters said they found two exits blocked by stacked pallets.

About 40 workers left the building before crews arrived. Investigators have determined that the fire was human-caused but have not said how it started, fire department spokeswoman Lena Ortiz said.
`

// A synonym in a sense of its own that is neither common nor ever tagged
// is no evidence: "blocked exits" says nothing of a death.
func TestRareSenseSynonymIsNoEvidence(t *testing.T) {
	e := engineOf(t, warehouseFire)
	if e.counts == nil {
		t.Skip("WordNet is not installed")
	}
	for _, q := range []string{"did anyone die", "did anybody die in the fire"} {
		if a := answerOf(t, e, q); strings.Contains(a.Text, "exits") {
			t.Errorf("%q: answered from the exits: %q", q, a.Text)
		}
	}
	// the common sense still links: "left" for "exit"
	checkAnswers(t, e, []answerCase{{"how many workers exited the building", []string{"40"}, nil}})
}

// A yes/no question held by synonyms is held: a synonym ranks at half a
// word's weight, but it states the asked act as fully as the word.
func TestStatesAskedCountsSynonymsWhole(t *testing.T) {
	for _, c := range []struct {
		c    candidate
		want bool
	}{
		{candidate{coverage: 0.8}, true},
		{candidate{coverage: 0.5}, false},
		{candidate{coverage: 0.5, synonyms: 0.5}, true},   // half its weight by synonyms, counted at half in coverage
		{candidate{coverage: 0.5, synonyms: 0.25}, false}, // not enough even counted whole
	} {
		if got := statesAsked(c.c); got != c.want {
			t.Errorf("statesAsked(%+v) = %v, want %v", c.c, got, c.want)
		}
	}
}
