package lookup

import "strings"

// No comma between a verb and its object (part of stage 4, for
// objectPhrase): English punctuation never sets a verb's direct object
// off from its verb by a lone comma (Quirk et al. 1985, Appendix III.13,
// the comma does not separate the elements of a clause that belong
// together; Chicago Manual of Style, 6.30; AP Stylebook, "comma"). So
// when the asked verb is followed by a comma, the verb's object is not
// what follows it: it stands elsewhere ("the $2.21 analysts had
// expected, according to LSEG", a relative clause whose object is its
// antecedent, §17.15) or the verb has none, and the words after the
// comma ("according to LSEG") open a new element, no object to cut.

// commaAfterVerb reports whether a comma stands between the asked verb
// at token k of s and token j, the first word after it.
func commaAfterVerb(s *sentence, k, j int) bool {
	if j != k+1 || j >= len(s.toks) || s.toks[k].end > s.toks[j].start {
		return false
	}
	return strings.Contains(s.text[s.toks[k].end:s.toks[j].start], ",")
}
