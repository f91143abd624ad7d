package lookup

import "strings"

// Stage 4, extracting: where a premodified noun phrase ends.
//
// A word in -s after a singular head noun may be a plural noun that
// continues a compound ("steel bridge repairs") or the verb of the
// clause in its -s form, agreeing with that singular head as subject
// ("the 84-year-old steel bridge carries about 12,000 vehicles a day";
// Quirk et al. 1985, §3.54, the -s form is the third person singular
// present). A noun phrase does not run on into an article or a figure
// with no word between, but a verb's object or measure begins with one
// (§10.2, the object follows the verb). So a word in -s that can be a
// verb, after a singular head and before an article, a possessive
// determiner, a figure or an approximator of one, is the verb: the
// phrase ends at the noun before it.

// objectOpeners are the determiners that open a noun phrase (Quirk et
// al. 1985, §5.10–5.13: the articles, the demonstratives and the
// possessive determiners).
var objectOpeners = set("a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your")

// presentVerbAfter reports whether token i of s, after head noun h, is
// the clause's verb in its -s form rather than a noun continuing the
// phrase h heads.
func (e *Engine) presentVerbAfter(s *sentence, h, i int) bool {
	if h < 0 || i+1 >= len(s.toks) || h != i-1 {
		return false
	}
	w, head := s.toks[i].lower, s.toks[h].lower
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(head, "s") || !e.canBe(w, "verb") {
		return false // a plural head takes no -s verb: "the bridges carry"
	}
	next := s.toks[i+1]
	return objectOpeners[next.lower] || numberApproximators[next.lower] || isNumeric(next)
}
