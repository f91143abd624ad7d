package lookup

import "strings"

// Initialisms of the article's own phrases (part of stage 2). Chat types
// the initials of a phrase the article spells out ("ac" for "air
// conditioning", "gm" for "general manager"), and news style spells out
// on first reference what an initialism stands for (AP Stylebook,
// "abbreviations and acronyms"). acronymOf reads letters that are no
// word; these letters are a word to WordNet, but only as an
// abbreviation: two letters it has as nothing but a noun ("ac", "gm",
// "pd": symbols and units), or letters WordNet itself gives as the
// initials of one of its compounds ("er": emergency room, "da": district
// attorney). The article's phrase then answers for them, not WordNet's
// ("alternating current").

// initialismSpelledOut returns the stems of the article's phrase whose
// initials spell w, when w is such an abbreviation the article never
// writes; nil otherwise.
func (e *Engine) initialismSpelledOut(w string) []string {
	w = initialLetters(w) // "p.d." as "pd" (dottedchat.go)
	if e.noLex || len(w) < 2 || len(w) > 4 || stopWords[w] || chatWords[w] || e.r.vocab[w] || !e.lex.IsWord(w) {
		return nil
	}
	if !e.nounOnlyPair(w) && !e.initialsOfCompound(w) {
		return nil
	}
	return e.spelledOut(w)
}

// nounOnlyPair reports whether w is two letters WordNet has only as a
// noun.
func (e *Engine) nounOnlyPair(w string) bool {
	ps := e.lex.PartsOfSpeech(w)
	return len(w) == 2 && len(ps) == 1 && ps[0] == "noun"
}

// initialsOfCompound reports whether WordNet gives w as a synonym of a
// compound of as many words as w has letters, whose initials spell w.
func (e *Engine) initialsOfCompound(w string) bool {
	for _, syn := range e.lex.Synonyms(w) {
		f := strings.Fields(strings.ReplaceAll(syn, "-", " "))
		if len(f) != len(w) {
			continue
		}
		ok := true
		for k, x := range f {
			ok = ok && strings.ToLower(x)[0] == w[k]
		}
		if ok {
			return true
		}
	}
	return false
}

// lexicalCompound reports whether the words of run, as the article writes
// them or in their base form, are a compound noun WordNet 3.0 lists
// ("general manager", "emergency room"). An initialism abbreviates a
// name or a fixed compound (AP Stylebook, "abbreviations and acronyms"),
// so where several runs of the article share the initials ("guaranteed
// money", "general manager"), the listed compound is the one meant.
func (e *Engine) lexicalCompound(run []token) bool {
	if e.noLex || len(run) < 2 {
		return false
	}
	words := lowerWords(run)
	if e.lex.IsWord(strings.Join(words, " ")) {
		return true
	}
	last := len(words) - 1
	words[last] = singular(words[last])
	return e.lex.IsWord(strings.Join(words, " "))
}

// tokenStems returns the stems of toks, in order.
func tokenStems(toks []token) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.stem)
	}
	return out
}
