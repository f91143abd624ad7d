package lookup

import (
	"slices"
	"testing"
)

// crashLanding is a short report written for this test, in no question
// set: it says who "piloted" the plane, and a reader asks with the
// irregular past of a verb WordNet links to it ("flew").
const crashLanding = `Crop duster lands on rural highway after engine trouble

DORSEY, Kan. (AP) — A crop-dusting plane landed on a two-lane highway near Dorsey on Thursday after its engine lost power, the sheriff said.

Cal Ostrander, 47, who piloted the plane, was not hurt. A passing trucker, Edna Voss, stopped traffic with her rig until deputies arrived.
`

// An irregular past is looked up in WordNet as its base, as morphy reads
// it through the exception lists: "flew" is fly, whose sense "operate an
// airplane" is the article's "piloted".
func TestIrregularLemmaMeaning(t *testing.T) {
	e := engineOf(t, crashLanding)
	checkAnswers(t, e, []answerCase{
		{"who flew the plane", []string{"Cal Ostrander"}, []string{"never uses"}},
	})
}

// lakeRing is a short report written for this test, in no question set:
// the ring was "spotted" by a diver, and a reader asks with "found",
// which WordNet lists both as a lemma (establish) and as find's past.
const lakeRing = `Wedding ring lost for 30 years turns up in lake

LAKE ORION, Mich. (AP) — A gold wedding ring that slipped off a swimmer's finger in 1994 was returned to its owner on Monday.

The ring was spotted by a volunteer diver, Priya Anand, who noticed it near the base of a boat dock during a cleanup of the lake bottom. The owner, Harold Beck, 81, said he had given up hope long ago.
`

// Right after "who" the verb is finite, so "found" is find's past: the
// article's "discovered", not the "establish" or "base" of found.
func TestFiniteAfterWho(t *testing.T) {
	e := engineOf(t, lakeRing)
	checkAnswers(t, e, []answerCase{
		{"who found the ring", []string{"Priya Anand"}, []string{"never uses"}},
	})
	q := e.understand("who found the ring", nil)
	for _, tm := range q.terms {
		if tm.lower == "found" && (slices.Contains(tm.alts, "base") || !slices.Contains(tm.alts, "notic")) {
			t.Errorf("found: want find's noticed, not found's base: %v", tm.alts)
		}
	}
	toks := tokenize("who found the ring")
	if !finiteAfterWho(toks, 1) || finiteAfterWho(toks, 3) {
		t.Errorf("finiteAfterWho: want the verb right after who only")
	}
}
