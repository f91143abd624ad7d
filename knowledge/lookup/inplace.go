package lookup

// A measure left in place (part of stage 4, yes/no, with
// operationstate.go): "is the permit cap still in effect" when the
// article says "the ruling leaves in place the cap on permits", or "the
// freeze remains in place". WordNet 3.0 gives the adverb in_place.r.01
// {in situ, in place} "in the original or natural place or site" ("the
// archeologists left the pottery in place"): what is left, kept or
// remains in place stays as it was, and a rule, cap or freeze that stays
// as it was is still in force. "In place of" is the complex preposition
// "instead of" (Quirk et al. 1985, §9.11), no state.

// inPlaceAt reads "in place" at token k of toks as the state "in
// operation", taking two tokens; not "in place of".
func inPlaceAt(toks []token, k int) (opState, int, bool) {
	if k+1 >= len(toks) || toks[k].lower != "in" || toks[k+1].lower != "place" {
		return opState{}, 0, false
	}
	if k+2 < len(toks) && toks[k+2].lower == "of" {
		return opState{}, 0, false
	}
	return opState{on: true}, 2, true
}
