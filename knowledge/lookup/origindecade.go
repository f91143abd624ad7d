package lookup

// Stage 4, extraction (with thingage.go): a thing's origin may be dated
// by its decade rather than its year ("The town's two older wells,
// drilled in the 1950s, …"). A decade is written as its first year with
// an "s" and no apostrophe, "the 1950s" (AP Stylebook, "decades"), and
// "in the 1950s" after an origin verb dates the thing as "in 1957" does,
// so it answers "how old is it" when the sentence gives no year or age.

// decadeWord is a decade as AP writes it: four figures ending in 0, then s.
var decadeWord = lazyRE(`^1[0-9]{2}0s$|^20[0-9]0s$`)

// decadeSince is the answer "It was drilled in the 1950s." when s tells
// after token named (the thing) that the thing began in a decade: an
// origin verb, "in the" and the decade; "" otherwise.
func decadeSince(s *sentence, named int) string {
	for k := named + 4; k < len(s.toks); k++ {
		if !decadeWord.MatchString(s.toks[k].lower) || s.toks[k-1].lower != "the" || s.toks[k-2].lower != "in" || !originVerbs[s.toks[k-3].lower] {
			continue
		}
		v := k - 3
		for v > 0 && passiveAux[s.toks[v-1].lower] {
			v-- // "were drilled in the 1950s"
		}
		verb := s.text[s.toks[v].start:s.toks[k-3].end]
		if reducedPassive(s, v) || v == k-3 && objectlessOrigin[s.toks[v].lower] {
			verb = "was " + verb // "wells, drilled in the 1950s,": they were drilled
		}
		return "It " + verb + " in the " + s.toks[k].text + "."
	}
	return ""
}
