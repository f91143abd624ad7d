package lookup

import "strings"

// A name headed by a common noun says what kind of thing it names: the
// head of a noun phrase is the noun the rest modifies (Quirk et al. 1985,
// §17.2; §17.108 on the nouns before it), and an organisation's name
// commonly ends in it ("Pellham University" is a university). So a
// which-question about that noun ("what university") is answered by such
// a name before one that says nothing of its kind ("the Easton
// Rovers"), in the same sentence or in a better-ranked one.

// headedOnly returns the entities of xs whose names are headed by noun,
// when there are any; else xs.
func (e *Engine) headedOnly(xs []int, noun string) []int {
	var out []int
	for _, x := range xs {
		if e.headedBy(x, noun) {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return xs
	}
	return out
}

// headedBy reports whether entity x's name of two words or more ends in
// noun, or in noun and an of-phrase ("Ohio Department of Education").
func (e *Engine) headedBy(x int, noun string) bool {
	toks := tokenize(e.a.Entities[x].Name)
	if len(toks) < 2 {
		return false
	}
	head := strings.TrimSuffix(strings.ToLower(toks[len(toks)-1].text), ".")
	if k := ofHead(toks); k >= 0 {
		head = toks[k].lower
	}
	return stemsMeet(stemOf(head), stemOf(noun))
}

// headedCandidates are those of cands that name every entity sub names,
// at least one, and an entity of kind whose name is headed by noun: such
// a sentence names one of the asked kind outright beside the one asked
// about, and answers before a sentence that holds the question's other
// words but names only bodies whose names say nothing of their kind.
func (e *Engine) headedCandidates(sub *query, cands []candidate, kind, noun string) []candidate {
	var out []candidate
	if noun == "" {
		return nil
	}
	for _, c := range cands {
		if len(sub.subjects) > 0 && c.subjects == len(sub.subjects) && e.namesHeaded(&e.r.sents[c.s], kind, noun) {
			out = append(out, c)
		}
	}
	return out
}

// headedInstead returns the first of the headed candidates and its names
// in place of s and names, when s answers with names of which none is
// headed by noun ("the Easton Rovers" says nothing of its kind; "Pellham
// University" is one); else s and names.
func (e *Engine) headedInstead(q *query, s *sentence, names []string, headed []candidate, kind, noun string) (*sentence, []string) {
	if len(names) == 0 || len(headed) == 0 || e.namesHeaded(s, kind, noun) {
		return s, names
	}
	h := &e.r.sents[headed[0].s]
	return h, e.namesOfKind(q, h, kind, noun, false)
}

// namesHeaded reports whether s names an entity of kind whose name is
// headed by noun.
func (e *Engine) namesHeaded(s *sentence, kind, noun string) bool {
	for _, x := range s.named {
		if string(e.r.ents[x].kind) == kind && e.headedBy(x, noun) {
			return true
		}
	}
	return false
}
