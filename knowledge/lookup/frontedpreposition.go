package lookup

import "strings"

// A preposition fronted with the wh-word (part of stage 1, the question's
// type). In a wh-question the preposition whose complement is the
// wh-element may move to the front with it ("By how much did sales
// rise?", "For how much was it sold?"): the whole prepositional phrase is
// the fronted wh-element (Quirk et al. 1985, §11.14 on the position of
// the wh-element, §9.6 on deferred and fronted prepositions; Huddleston &
// Pullum 2002, ch. 7 §9.4, pied-piping). The cue of the wh-phrase after
// such a preposition opens the question as it does with the preposition
// left at the end ("how much did the number of cats go up by"), and a
// later cue ("the number of cats") does not take its place.

// whOpening is the offset in s, classify's space-padded question, at or
// before which a type cue opens the question: 1, or the start of the
// wh-word after a fronted preposition (prepositions, words.go).
func whOpening(s string) int {
	f := strings.Fields(s)
	if len(f) > 1 && prepositions[f[0]] && whWords[f[1]] && strings.HasPrefix(s, " "+f[0]+" ") {
		return len(f[0]) + 2
	}
	return 1
}
