package lookup

import "strings"

// A count answers "how many N" when N is the nearest broader term of the
// noun counted (countsKindOf): "520 employees" are workers. WordNet fills
// its noun hierarchy with inner nodes named only by a phrase, a
// modifier and a head ("heavier-than-air craft", "motor vehicle",
// "self-propelled vehicle", "aquatic bird", "skilled worker"): they
// classify, and a writer counting the things names them by the one-word
// term above ("58 planes" are the airline's aircraft, "23 cars" are
// vehicles, "120 technicians" are workers). Such a node is the phrase's
// head with a restricting modifier, a kind of the head itself (Quirk et
// al. 1985, §17.104–17.108, compound heads and their modifiers), so it
// adds no level a one-word name stands at; the nearest one-word
// hypernym stays the nearest broader term. A one-word node between ends
// the climb as before: "three black rhinos" reach "animal" only through
// "odd-toed ungulate", "perissodactyl", "mammal" and more, and are no
// count of a zoo's animals.

// phrasalHypernymSteps bounds the phrase-named nodes climbed through: WordNet
// 3.0 puts three between "car" and "vehicle" (motor vehicle,
// self-propelled vehicle, wheeled vehicle).
const phrasalHypernymSteps = 3

// broaderPastPhrases reports whether w is noun's nearest broader term
// (broaderTerm) or that of a hypernym of noun WordNet names only by
// multi-word phrases, climbing at most steps such nodes.
func (e *Engine) broaderPastPhrases(noun, w string, steps int) bool {
	if e.broaderTerm(noun, w) {
		return true
	}
	if steps == 0 {
		return false
	}
	for _, n := range e.lex.Neighbours(noun) {
		if !strings.Contains(n, " ") {
			continue // a one-word neighbour is a level of its own
		}
		node := strings.ReplaceAll(n, " ", "_") // WordNet's spelling of a phrase lemma
		if e.lex.KindOf(noun, node) && e.onlyPhraseNamed(node) && e.broaderPastPhrases(node, w, steps-1) {
			return true
		}
	}
	return false
}

// onlyPhraseNamed reports whether every lemma of the node's synset is a
// phrase: "gallinaceous bird" is also "gallinacean", a word of its own.
func (e *Engine) onlyPhraseNamed(node string) bool {
	for _, s := range e.lex.Synonyms(node) {
		if !strings.Contains(s, " ") && !strings.Contains(s, "_") {
			return false
		}
	}
	return true
}
