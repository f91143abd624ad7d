package lookup

import "strings"

// A verb's definition as the article's phrase (part of stage 2, terms).
// A dictionary defines a verb by a verb phrase that can stand in its place
// (the substitution test of a definition; Landau, "Dictionaries", 2nd ed.,
// 2001, ch. 4, on the analytical definition), and WordNet defines
// "arrest" by "take into custody", the phrase news writing uses for it:
// "was taken into custody at a motel in Tempe" tells where he was
// arrested. The definition of the verb's most frequent sense counts, only
// when it is a short verb phrase the article writes whole, with its verb
// in any form; it counts as a synonym does.

// glossPhrasesKnown returns, for a verb w the article does not write, the
// article's stems of its first sense's definition, when that definition
// is a verb and at most three more words and the article writes it.
func (e *Engine) glossPhrasesKnown(w string) [][]string {
	if e.noLex || !e.verbForm(w) || lightVerbs[w] || lightVerbs[e.baseVerb(w)] {
		return nil // "make", "take": a light verb's first sense is no definition of the act asked
	}
	gs := e.lex.Glosses(e.baseVerb(w), "verb")
	if len(gs) == 0 {
		return nil
	}
	def, _, _ := strings.Cut(gs[0], ";")
	words := strings.Fields(def)
	if len(words) < 2 || len(words) > 4 || strings.ContainsAny(def, "(),'\"") || !e.canBe(words[0], "verb") || stopWords[words[len(words)-1]] {
		return nil
	}
	for i := range e.r.sents {
		toks := e.r.sents[i].toks
		for k := 0; k+len(words) <= len(toks); k++ {
			if e.baseVerb(toks[k].lower) != words[0] {
				continue
			}
			ok := true
			for j := 1; j < len(words) && ok; j++ {
				ok = toks[k+j].meets(stemOf(words[j]))
			}
			if ok {
				out := make([]string, len(words))
				for j := range words {
					out[j] = toks[k+j].stem
				}
				return [][]string{out}
			}
		}
	}
	return nil
}

// definitionPhrasesKnown is glossPhrasesKnown, or when it finds none, the
// phrases of an agent noun's definition (agentGlossPhrasesKnown).
func (e *Engine) definitionPhrasesKnown(w string) [][]string {
	if ps := e.glossPhrasesKnown(w); len(ps) > 0 {
		return ps
	}
	return e.agentGlossPhrasesKnown(w)
}
