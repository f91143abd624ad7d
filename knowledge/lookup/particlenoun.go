package lookup

import "strings"

// A noun spelt as a verb and its particle (part of stage 2, for terms):
// English makes nouns of phrasal verbs by conversion, written solid
// ("a breakdown", "a takeover", "cutbacks", "markdowns": Quirk et al.
// 1985, App. I.44, deverbal nouns from phrasal verbs; AP Stylebook writes
// such nouns as one word, e.g. "layoff", "shutdown", "buyback"). Not
// every such noun is in WordNet ("markdown" is not, though its verb
// "mark down" is), and a news story often tells the act by the verb
// ("would mark down about $60 million"). So a question's word that no
// other reading finds, which is a verb followed by one of the particles
// (words.go, Quirk et al. §16.2), with an optional plural -s, means the
// verb and particle, and matches where the article writes them.

// particleOrder is the order the particles are tried in, so a word is
// read the same way every time.
var particleOrder = []string{"down", "up", "out", "off", "over", "away", "back"}

// particleNounKnown returns, as a stem sequence, the verb and particle
// that w spells solid when the article writes them as a phrasal verb, or
// nil.
func (e *Engine) particleNounKnown(w string) [][]string {
	if e.noLex || len(w) < 5 {
		return nil
	}
	base := strings.TrimSuffix(w, "s")
	for _, p := range particleOrder {
		v, ok := strings.CutSuffix(base, p)
		if !ok || len(v) < 2 || stopWords[v] || !e.canBe(v, "verb") {
			continue
		}
		seq := []string{stemOf(v), stemOf(p)}
		if e.writesPhrase(seq) {
			return [][]string{seq}
		}
	}
	return nil
}

// solidVerbFocus reports whether the noun f a count or amount asks about
// is a noun spelt as a verb and particle that the article writes as the
// verb ("how big are the markdowns": "would mark down about $60
// million"): the verb's figure is the noun's size.
func (q *query) solidVerbFocus(f string) bool {
	for _, t := range q.terms {
		if t.solidVerb && t.matchesStem(f) {
			return true
		}
	}
	return false
}

// nominalTerm reads w, a noun, by the article's verb it is made from: its
// base verb ("conclusion", "concluded": nominalBase) or the phrasal verb
// it spells solid ("markdowns", "mark down"). ok is false when neither.
func (e *Engine) nominalTerm(tm term, w string) (term, bool) {
	if tm.alts = e.nominalBase(w); len(tm.alts) > 0 {
		tm.known, tm.derived = true, true
		return tm, true
	}
	if tm.phrases = e.particleNounKnown(w); len(tm.phrases) > 0 {
		tm.known, tm.derived, tm.solidVerb = true, true, true
		return tm, true
	}
	return tm, false
}
