package lookup

import (
	"slices"
	"strings"
)

// A phrasal verb met by the bare verb of its phrasal synonym (part of
// stage 2): WordNet lists a phrasal verb with its synonyms, and these are
// often phrasal verbs themselves ("block off": {shut off, block off, close
// off}; "lock up": {lock in, lock away, shut up, ...}), while a news
// story writes the plain verb ("close three streets"). In many phrasal
// verbs the particle keeps its spatial sense or adds only completion or
// intensity to the verb's own meaning, "up" and "off" of an act carried to
// its end, "down" and "out" likewise (Quirk et al. 1985, §16.3 and §16.4
// on the particles of phrasal verbs; Bolinger 1971, "The Phrasal Verb in
// English", ch. 6, the aspectual particles); "close off" is closing, and
// the engine already reads a question's "close off" by the article's
// "close". So when neither the asked phrasal verb nor any synonym of it
// is written, a synonym made of a verb and one of these particles is
// met by the verb alone where the article writes it. Every sense of the
// phrasal verb is read: WordNet orders a word's senses by their counts in
// its tagged corpus (Fellbaum 1998, ch. 1; the cntlist file), and the
// senses of a multi-word verb are mostly untagged, so their order tells
// no frequency ("block off" has "close off" only in its third sense).
// Light verbs are no
// such verb ("put away", "give up"), on either side: their meaning lies
// in the particle (Quirk et al., §16.3, idiomatic combinations), so an
// asked "go off" is not read by a synonym's verb ("run" of "run out"). The sentence must still
// hold the rest of the question, as for any synonym.

// aspectualParticles are the particles whose sense in a phrasal verb is
// often only completion or direction (Quirk et al., §16.3; Bolinger 1971,
// ch. 6).
var aspectualParticles = set("up", "off", "down", "out")

// particleFreeSynonymsKnown returns the stems of the article's verbs that
// stand bare for a phrasal synonym of phrase ("close" for "close off", a
// synonym of "block off"), each once.
func (e *Engine) particleFreeSynonymsKnown(phrase string) []string {
	if e.noLex {
		return nil
	}
	var out []string
	for _, syn := range underscoresSpaced(e.lex.SynonymsInAnySense(phrase)) {
		v, p, ok := strings.Cut(syn, " ")
		if !ok || !aspectualParticles[p] || lightVerbs[v] || primaryVerbs[v] || strings.HasPrefix(phrase, v+" ") {
			continue // "shut off" for "shut off": the asked verb itself
		}
		if st, known := e.knownWord(v); known && e.canBe(v, "verb") && !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}
