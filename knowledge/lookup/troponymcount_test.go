package lookup

import (
	"testing"

	"storybot/knowledge"
	"storybot/moby"
)

// TestTroponymCount: a count whose own verb is a manner of the asked act
// ("hauled" is a way to "pull") is of the act asked; a count whose verb
// is no manner of it ("crossed" for "hurt") is not.
func TestTroponymCount(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, `Storm leaves harbor littered with wreckage

PORT HADLEY, Maine (AP) — Harbor crews hauled 14 sailboats out of the water on Sunday after a gale tore them from their moorings, the harbormaster said.

A herd of 12 bison crossed the coastal road near the harbor during the storm, state police said. Troopers closed the road for an hour.
`)
	first := func(s int) quantity { return e.r.sents[s].nums[0] }
	hauled, crossed := -1, -1
	for i, s := range e.r.sents {
		if len(s.nums) > 0 && s.nums[0].noun == "sailboats" {
			hauled = i
		}
		if len(s.nums) > 0 && s.nums[0].noun == "bison" {
			crossed = i
		}
	}
	if hauled < 0 || crossed < 0 {
		t.Fatalf("counts not read: %d %d", hauled, crossed)
	}
	for _, tt := range []struct {
		q    string
		s    int
		want bool
	}{
		{"how many sailboats did they pull out", hauled, true}, // haul: pull (hypernym), "pull out": pull (synonym)
		{"how many sailboats were pulled out", hauled, true},
		{"how many sailboats sank", hauled, false},
		{"how many bison were hurt", crossed, false},
		{"how many bison were killed", crossed, false},
	} {
		q := e.understand(tt.q, nil)
		if got := e.actAbove(q, &e.r.sents[tt.s], first(tt.s)); got != tt.want {
			t.Errorf("%q: actAbove = %v, want %v", tt.q, got, tt.want)
		}
	}
	checkOpenings(t, e, []openingCase{
		{q: "how many sailboats did they pull out", first: "14 sailboats"},
	})
}

// TestWeakPassiveHeld: a passive participle the article never writes,
// read only through a thesaurus ("stolen" as a word of another
// sentence), must be in the sentence that counts the asked noun; the
// noun alone ("140 cars" whose windows shattered) is no count of the act.
func TestWeakPassiveHeld(t *testing.T) {
	lex := testLexicon(t)
	if lex == nil {
		t.Skip("needs WordNet")
	}
	a, err := knowledge.Parse(`Hail cracks windshields across Dodge City

DODGE CITY, Kan. (AP) — Hail the size of walnuts cracked the windshields of 85 cars at a used-car lot on Monday, the lot's owner said.

"I watched it from the office and I could not do a thing," owner Ray Pruitt said. "You just grab a coffee and wait."
`, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(a, mobyLexicon{lex, moby.Open()})
	checkRefusals(t, e, "how many cars were stolen")
	checkOpenings(t, e, []openingCase{
		{q: "how many cars had their windshields cracked", first: "85 cars"},
	})
}
