package lookup

// A light verb in the passive (part of stage 2, weighing the question's
// words): "make", "take", "give" and the like are delexical when their
// object is an eventive noun that carries the meaning ("make a decision",
// "take a walk": Quirk et al. 1985 on "make", "have", "take" and "give"
// with eventive objects), so they weigh little. A past participle
// of one that closes a passive question ("when were the heaters made",
// "where was the photo taken") has no object after it: its subject is
// what was made or taken, and the verb keeps its full meaning
// ("manufacture", "photograph"), which the answer must hold.

// lightParticiples are the past participles of the light verbs that take
// a direct object, so form a passive.
var lightParticiples = set("made", "taken", "given", "held", "kept")

// passiveLight reports whether token i of toks is a light verb's past
// participle in a passive: a form of "be" or "get" stands before it, and
// the question ends after it or goes on with a preposition (whose own
// complement follows) or an adverb.
func passiveLight(toks []token, i int) bool {
	if !lightParticiples[toks[i].lower] {
		return false
	}
	if i+1 < len(toks) && !prepositions[toks[i+1].lower] && !isAdverb(toks[i+1].lower) {
		return false // an object follows: "made a decision"
	}
	for _, t := range toks[:i] {
		if beForms[t.lower] || t.lower == "get" || t.lower == "got" {
			return true
		}
	}
	return false
}
