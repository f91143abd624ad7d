package lookup

// A figure after an indirect object (part of stage 4, amounts): verbs of
// giving and costing take two objects, the one affected and the amount
// ("cost Columbia Pictures a reported $210 million", "saved taxpayers $3
// million"; Quirk et al. 1985, §16.55 on ditransitive complementation), and
// news writing hedges a figure it has second hand with an indefinite
// article and a participle ("a reported $210 million", "an estimated 300
// people"), which modify the numeral as an approximator does (Huddleston
// and Pullum, "The Cambridge Grammar of the English Language", 2002,
// ch. 5, on the indefinite article before a modified cardinal). So
// the amount's verb stands before the indirect object and the hedge, not
// only right before the figure.

// hedgeParticiples are the participles that, after "a" or "an", hedge or
// extend a figure ("a reported", "an estimated", "an additional").
var hedgeParticiples = set("reported", "estimated", "expected", "projected", "additional", "further", "anticipated")

// verbPastIndirect is the index of the verb before figure n of s when an
// indirect object, a name or an object pronoun (objectPronouns), stands between them, with
// or without a hedge before the figure; -1 when none.
func verbPastIndirect(s *sentence, n quantity) int {
	i := n.tok - 1
	for i >= 0 && approximators[s.toks[i].lower] {
		i--
	}
	if i >= 1 && hedgeParticiples[s.toks[i].lower] && (s.toks[i-1].lower == "a" || s.toks[i-1].lower == "an") {
		i -= 2
	}
	switch {
	case i >= 0 && objectPronouns[s.toks[i].lower]:
		i--
	case i >= 0 && s.toks[i].cap:
		for i >= 0 && s.toks[i].cap && !s.quoted[i] && spaced(s, i, i+1) {
			i--
		}
	default:
		return -1
	}
	if i < 0 || s.toks[i].cap || stopWords[s.toks[i].lower] || !spaced(s, i, i+1) {
		return -1
	}
	return i
}
