package lookup

// A denied light verb (part of stage 5). The light verbs ("have", "get",
// "make", "take": Jespersen's, lightVerbs in words.go) carry little
// meaning of their own, so a question holds none of them as a term, and a
// sentence that negates one ("The house did not have working smoke
// detectors") shows no negation before any word it matched. When the
// question's own light verb is negated in its verb group (Quirk et al.
// 1985, §10.54-10.55 on clause negation) and a matched word stands in the
// noun phrase right after it, its object, the clause denies what was
// asked. A negated verb of another meaning ("did not list an attorney")
// is not read here: it denies its own act, not the having.

// deniedLightVerb reports whether s negates the question's light verb
// with a matched word in its object.
func (e *Engine) deniedLightVerb(q *query, s *sentence, matched []int) bool {
	asked := e.askedLightVerbs(q)
	if len(asked) == 0 {
		return false
	}
	for _, m := range matched {
		if k := objectVerbBefore(s, m); k >= 0 && asked[e.baseVerb(s.toks[k].lower)] && negatedVerbGroup(s, k) {
			return true
		}
	}
	return false
}

// askedLightVerbs are the base forms of the light verbs the question uses
// as its main verb: any after its first word, which is the operator of an
// inverted question ("did", "has") and no main verb; "do" is left out, as
// it is the operator's verb too.
func (e *Engine) askedLightVerbs(q *query) map[string]bool {
	var asked map[string]bool
	for _, t := range q.toks[min(1, len(q.toks)):] {
		if !lightVerbs[t.lower] {
			continue
		}
		if b := e.baseVerb(t.lower); b != "do" {
			if asked == nil {
				asked = map[string]bool{}
			}
			asked[b] = true
		}
	}
	return asked
}

// objectVerbBefore is the light verb whose object noun phrase holds the
// word at m: the verb stands at most four words before it, with only the
// phrase's determiners and content words between and no punctuation; -1
// when there is none.
func objectVerbBefore(s *sentence, m int) int {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		if commaBetween(s, k, k+1) {
			return -1
		}
		w := s.toks[k].lower
		if lightVerbs[w] {
			return k
		}
		if !determiners[w] && (stopWords[w] || prepositions[w]) {
			return -1
		}
	}
	return -1
}
