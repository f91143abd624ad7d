package lookup

import "slices"

// An opposite inherited from a broader word (part of stage 4, yes/no,
// with antonym.go): "is she locked up" when the article says "she remains
// free on bond", "did donations drop" when it says "donations have
// risen". Incompatibility is inherited downward: when two words are
// incompatible, each is incompatible with every hyponym of the other
// (Cruse, "Lexical Semantics", 1986, §4.5 and ch. 9), and so with every
// act that entails it (Fellbaum, "WordNet", 1998, ch. 3, on troponymy and
// entailment). To lock up is to confine, which WordNet opposes to "free";
// to drop is to fall, opposed to "rise". A phrasal verb is read by its
// synonyms, which say what it means ("go up": rise, opposed to "fall").
// The opposing word may be listed on either side of the pair, so the
// article's words are indexed by their WordNet antonyms. As in
// antonym.go, the sentence must still hold the rest of the question, of
// the same subject, not negated.

// inheritedAntonymsKnown returns the stems of the article's words that
// WordNet opposes to a word one link above w (a broader term, or what it
// entails), or, for a phrasal verb, to one of its synonyms; w's own
// antonyms are antonymsKnown's.
func (e *Engine) inheritedAntonymsKnown(w string) []string {
	if e.noLex || stopWords[w] || lightVerbs[w] || len(w) < 3 {
		return nil
	}
	above := e.lex.Neighbours(w)
	if isPhrase(w) {
		above = append(slices.Clone(above), e.lex.Synonyms(w)...)
	}
	idx := e.antonymIndex()
	var out []string
	for _, b := range above {
		if stopWords[b] || lightVerbs[b] || isPhrase(b) || glossClassWords[b] || verbBeginners[b] {
			continue
		}
		for _, st := range idx[b] {
			if !slices.Contains(out, st) && !stemsMeet(st, stemOf(w)) {
				out = append(out, st)
			}
		}
	}
	return out
}

// verbBeginners are the general verbs that head WordNet's shallow verb
// hierarchies (Fellbaum, "WordNet", 1998, ch. 3: the verbs of motion
// under "move" and "travel", of change under "change", and "act" and
// "cause" above many others; "change" is also a lexicographer file's
// name, glossClassWords). Their antonyms ("stay" of "change" and
// "move") oppose nothing particular to the narrow acts below them: "she
// would stay on" says nothing of whether a company shrank.
var verbBeginners = set("move", "travel", "locomote", "change", "act", "cause")

// isPhrase reports whether w is written as more than one word.
func isPhrase(w string) bool {
	for _, r := range w {
		if r == ' ' {
			return true
		}
	}
	return false
}

// antonymIndex returns the article's lower-case words by their WordNet
// antonyms: each antonym → the stems of the article's words opposed to
// it ("confine" → free). Read on first use.
func (e *Engine) antonymIndex() map[string][]string {
	e.antonymOnce.Do(func() {
		e.antonymIdx = map[string][]string{}
		for w := range e.r.plain {
			if stopWords[w] || copularVerbs[w] || len(w) < 3 {
				continue // "stay" is a copula more often than the opposite of a change
			}
			st := stemOf(w)
			forms := []string{w}
			if b := e.lex.Lemma(w); b != "" && b != w {
				forms = append(forms, b) // "fell": fall, opposed to "rise"
			}
			for _, f := range forms {
				for _, a := range e.antonymWords(f) {
					if !slices.Contains(e.antonymIdx[a], st) {
						e.antonymIdx[a] = append(e.antonymIdx[a], st)
					}
				}
			}
		}
	})
	return e.antonymIdx
}
