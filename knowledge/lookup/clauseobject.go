package lookup

import "strings"

// An object what-question's answer is cut from its sentence only when the
// object is a noun phrase. After some verbs the noun phrase is only the
// subject of a non-finite clause: "wants the county to end its contract"
// (an object and a to-infinitive, Quirk et al. 1985, §16.63–16.64) and
// "shows Tillis lying on the floor" (an object and an -ing participle,
// §16.52); the thing wanted or shown is the whole clause, and the noun
// phrase alone ("The county.") answers wrongly. A nominal clause opened by
// "whether" or "if" ("decided whether to file charges", §15.5) is no noun
// phrase either. Such an object is told by the sentence alone.

// clauseAfterObject reports whether the noun phrase ending before token
// end of s is the subject of a non-finite clause: a "to" and a verb's
// base form, or an -ing participle, follow it inside its clause.
func (e *Engine) clauseAfterObject(s *sentence, end int) bool {
	if end >= len(s.toks) || punctuatedBetween(s.text, s.toks, end) {
		return false
	}
	w := s.toks[end].lower
	if w == "to" {
		if end+1 >= len(s.toks) || punctuatedBetween(s.text, s.toks, end+1) {
			return false
		}
		v := s.toks[end+1].lower
		return e.canBe(v, "verb") && e.baseVerb(v) == v && !determiners[v] && !isNumeric(s.toks[end+1])
	}
	return strings.HasSuffix(w, "ing") && len(w) > 4 && e.clauseVerb(s, end)
}

// clauseOpeners are the subordinators that open a nominal clause which
// may stand as a verb's object (Quirk et al. 1985, §15.5: "whether", "if").
var clauseOpeners = set("whether", "if")
