package lookup

import "slices"

// A noun under another verb's negation (part of stage 4, yes/no): "Court
// records did not list an attorney for him" holds "attorney", but the
// "not" negates the predication of "list" (Quirk et al., §10.64–10.66 on
// the scope of clause negation), and the sentence states neither that he
// has a lawyer nor that he has none: "does he have a lawyer" gets no Yes
// and no No from it, only the sentence. A negated verb the question asks
// itself ("did the bill get a vote": "did not get a vote") still denies
// it, where the light verb was no term of the question and only its
// object was matched.

// deniedGovernor reports whether every matched word of s heads the
// object of a negated verb (denied): the verb stands right before the
// noun phrase (past its determiners and adjectives) and is denied
// (denies); and whether that verb is the question's own (asked), as
// "get" in "did the bill get a vote" is: then the sentence denies the act
// asked, where a light verb's object was all it matched.
func (e *Engine) deniedGovernor(q *query, s *sentence, matched []int) (denied, asked bool) {
	if e.lex == nil || len(matched) == 0 || e.denies(s, matched) {
		return false, false // "no one would face charges" denies the charges themselves
	}
	asked = true
	for _, m := range matched {
		k := m - 1
		for k >= 0 && k >= m-4 && (slices.Contains(matched, k) || determiners[s.toks[k].lower] && s.toks[k].lower != "no" || e.canBe(s.toks[k].lower, "adj") && !e.canBe(s.toks[k].lower, "verb")) {
			k-- // "a bail hearing": past the phrase's determiner, modifiers and matched nouns
		}
		if k < 0 || !e.canBe(s.toks[k].lower, "verb") || !e.denies(s, []int{k}) {
			return false, false
		}
		asked = asked && slices.ContainsFunc(q.toks, func(t token) bool { return t.stem == s.toks[k].stem })
	}
	return true, asked
}
