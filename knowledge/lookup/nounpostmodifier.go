package lookup

import "strings"

// A compound's modifier said after its head (part of stage 4, yes/no,
// with operationstate.go): "is the permit cap still in effect" asks of
// what the article calls "the cap on permits". A noun that premodifies
// another in a compound is paraphrased by a prepositional phrase that
// postmodifies the head ("a permit cap" ~ "a cap on permits", "the
// parking fee" ~ "the fee for parking"; Quirk et al. 1985, ch. 17 on
// premodification by nouns and its prepositional paraphrases).

// compoundPrepositions open the postmodifying phrase that paraphrases a
// noun premodifier (Quirk et al. 1985, ch. 17).
var compoundPrepositions = set("of", "on", "for", "in", "to")

// modifiersAround reports whether each of mods stands in the four tokens
// up to and including token k of s, as modifiersBefore asks, or in a
// prepositional phrase right after it, within its three words and before
// a comma ("the cap on permits").
func modifiersAround(s *sentence, k int, mods []token) bool {
	for _, m := range mods {
		if !modifiersBefore(s, k, []token{m}) && !postmodifiedBy(s, k, m) {
			return false
		}
	}
	return true
}

// postmodifiedBy reports whether m stands in a prepositional phrase that
// follows token k of s.
func postmodifiedBy(s *sentence, k int, m token) bool {
	if k+1 >= len(s.toks) || !compoundPrepositions[s.toks[k+1].lower] {
		return false
	}
	for j := k + 2; j < len(s.toks) && j <= k+4; j++ {
		if strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;—:") {
			return false
		}
		if s.toks[j].meets(m.stem) {
			return true
		}
	}
	return false
}
