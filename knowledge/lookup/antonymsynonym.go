package lookup

import "slices"

// No synonym is an antonym (part of stage 2): "what is the name of owen's
// father" when the article names only his mother. WordNet 3.0 puts
// "father" and "mother" in one verb synset ("beget, get, engender,
// father, mother, sire"), and "king" and "queen" in one noun synset of
// a rare sense, so their synonym lists hold each other, while its
// antonym pointers oppose the same two words ("father" ! "mother").
// Synonymy and antonymy exclude each other (Cruse, "Lexical Semantics",
// 1986, ch. 9 and 12): a word WordNet gives as the opposite of w never
// stands for w, whichever sense made it a synonym.

// withoutAntonyms returns syns less the words WordNet gives as antonyms
// of w; syns itself (the lexicon's cached list) is left as it is.
func (e *Engine) withoutAntonyms(w string, syns []string) []string {
	ants := e.lex.Antonyms(w)
	if len(ants) == 0 {
		return syns
	}
	if !slices.ContainsFunc(syns, func(s string) bool { return slices.Contains(ants, s) }) {
		return syns
	}
	return slices.DeleteFunc(slices.Clone(syns), func(s string) bool { return slices.Contains(ants, s) })
}
