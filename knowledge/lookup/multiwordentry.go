package lookup

import (
	"slices"
	"strings"
)

// A two-word entry the question writes for the article's one word (part
// of stage 2, terms). English lexicalises some phrases as single words of
// the same meaning: "on board" and "aboard", whose prefix a- is the old
// preposition "on" (Quirk et al. 1985, App. I.21 on the prefix a-, forming
// predicative adverbs and adjectives from "on" + noun). WordNet files both
// as one synset (on_board, aboard), so when the question writes the
// phrase and the article only the word, the word is the question's term,
// as much the question's own word as an inflection. Only the phrase closed
// up counts (the one word ends in the phrase's last word: "aboard",
// "ashore", "online"): another synonym of a phrase is another word.

// multiwordEntry reads question tokens i-1 and i as a two-word WordNet
// entry and returns the term of its one-word synonym the article writes;
// ok is false when the pair is no entry, the article writes the pair
// itself, or it writes no one-word synonym of it.
func (e *Engine) multiwordEntry(toks []token, i int) (term, bool) {
	if e.noLex || i == 0 || toks[i-1].cap || toks[i].cap {
		return term{}, false
	}
	if e.writesPhrase([]string{toks[i-1].stem, toks[i].stem}) {
		return term{}, false
	}
	phrase := toks[i-1].lower + " " + toks[i].lower
	var alts []string
	for _, syn := range e.lex.Synonyms(phrase) {
		if !strings.HasSuffix(syn, toks[i].lower) {
			continue // the pair closed up: "aboard", not any synonym of the phrase
		}
		if st, ok := e.knownWord(syn); ok && !stopWords[syn] && !slices.Contains(alts, st) {
			alts = append(alts, st)
		}
	}
	if len(alts) == 0 {
		return term{}, false
	}
	return term{lower: phrase, stem: toks[i].stem, alts: alts, known: true, derived: true}, true
}
