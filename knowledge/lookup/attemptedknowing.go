package lookup

// Sought, not yet known (part of stage 5, left open): "investigators were
// still trying to learn where he got the gun", "officials are working to
// determine how the fire started". A verb of attempt with a
// to-infinitive presents the infinitive's act as not yet achieved (Quirk
// et al. 1985, §16.40 on catenative "try", "seek", "attempt"; AP
// Stylebook, "attribution": say plainly what is not known), so a verb of
// finding out after it leaves its indirect question open, as a negated
// one does (leftopen.go).

// attemptVerbs are the verbs of attempt that take a to-infinitive
// (WordNet 3.0, the synset of "try, seek, attempt, essay, assay" and
// "work" in its sense "exert oneself by doing mental or physical work for
// a purpose"), in their inflected forms.
var attemptVerbs = set("try", "tries", "tried", "trying", "seek", "seeks", "sought", "seeking",
	"attempt", "attempts", "attempted", "attempting", "work", "works", "worked", "working")

// findingOutVerbs are verbs of coming to know (WordNet 3.0 verb.cognition:
// "learn" in its sense "get to know or become aware of", "determine",
// "establish", "ascertain", "identify", "know", "understand"), in their base
// form, the form a to-infinitive takes.
var findingOutVerbs = set("learn", "determine", "establish", "ascertain", "identify", "know", "understand")

// attemptedKnowing reports whether token k of s is a verb of finding out
// in the to-infinitive of a verb of attempt ("trying to learn").
func attemptedKnowing(s *sentence, k int) bool {
	if k < 2 || !findingOutVerbs[s.toks[k].lower] || s.toks[k-1].lower != "to" {
		return false
	}
	return attemptVerbs[s.toks[k-2].lower]
}
