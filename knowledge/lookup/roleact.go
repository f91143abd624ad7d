package lookup

import (
	"slices"
	"strings"
)

// roleActs lets a role asked of as a subject complement in a "how long"
// question ("how long was he a mailman") be met by the act the role
// names. The role the article writes as a synthetic compound, an object
// noun before an agent noun ("mail carrier", "bus driver"), names its act
// by that object: a mail carrier is one who carries mail, and the article
// states the duration of the act with the object noun ("delivered mail
// for 34 years"; Quirk et al., App. I.46, verbal compounds of the type
// object + verb + -er). "How long was X a ROLE" asks how long X did it
// (Quirk et al., §10.8, the current subject complement with adjuncts of
// duration), so the object noun stands in for the compound there.
func (e *Engine) roleActs(q *query) {
	if q.measure != "long" || e.noLex {
		return
	}
	for i := range q.terms {
		t := &q.terms[i]
		if !indefiniteComplement(q.toks, t.lower) {
			continue
		}
		for _, syn := range e.lex.Synonyms(t.lower) {
			w := strings.Fields(strings.ReplaceAll(syn, "_", " "))
			if len(w) == 2 && e.agentNoun(w[1]) && e.r.vocab[stemOf(w[0])] && e.writesPhrase([]string{stemOf(w[0]), stemOf(w[1])}) {
				t.alts = append(t.alts, stemOf(w[0]))
			}
		}
	}
}

// indefiniteComplement reports whether word w stands as the indefinite subject
// complement of a form of "be" ("was he a mailman").
func indefiniteComplement(toks []token, w string) bool {
	for k := 2; k < len(toks); k++ {
		if toks[k].lower != w || toks[k-1].lower != "a" && toks[k-1].lower != "an" {
			continue
		}
		if slices.ContainsFunc(toks[:k-1], func(t token) bool { return beForms[t.lower] }) {
			return true
		}
	}
	return false
}

// agentNoun reports whether w is an agent noun in -er or -or that
// WordNet links to a verb as its derived form ("carrier" → carry).
func (e *Engine) agentNoun(w string) bool {
	if !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "or") {
		return false
	}
	for _, r := range e.lex.Related(w) {
		if slices.Contains(e.lex.PartsOfSpeech(r), "verb") {
			return true
		}
	}
	return false
}
