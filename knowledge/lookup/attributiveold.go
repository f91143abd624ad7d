package lookup

// An attributive "old" is content, not a cue for age (part of stage 2).
// "How old" and "older" ask an age; "old" between a determiner and a noun
// ("the old record", "its old price", "his old job") is the non-inherent
// adjective of Quirk et al., §7.36 ("my old friend": the one before),
// which WordNet 3.0 files with "previous" and "former" ("previous, old":
// just preceding something else in time or order). The word then says
// which thing is asked, and the article's "previous" can meet it.

// attributiveOld reports whether question word i is "old" standing after
// a determiner or possessive, or first, and before another word: a
// modifier of the noun that follows, not the age cue.
func attributiveOld(toks []token, i int) bool {
	return toks[i].lower == "old" && betweenDeterminerAndNoun(toks, i)
}

// betweenDeterminerAndNoun reports whether question word i stands where
// an attributive adjective does: after a determiner or a possessive, or
// first (the alternative of a choice stripped of its article: "which is
// taller, the new tower or the old tower"), and before a word in lower
// case that is no function word, its noun.
func betweenDeterminerAndNoun(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	if i > 0 {
		p := toks[i-1]
		if !determiners[p.lower] && !possessiveDeterminers[p.lower] && !p.poss {
			return false
		}
	}
	n := toks[i+1].lower
	return n != "" && n[0] >= 'a' && n[0] <= 'z' && !stopWords[n]
}

// pastOrdinals are the adjectives that place a thing before another of
// its series: the general ordinals of Quirk et al., §5.20–5.21
// (generalOrdinals), with "former" and "earlier", which §7.36 gives as
// the non-inherent reading of "old".
var pastOrdinals = []string{"previous", "last", "former", "earlier", "prior"}

// oldOrdinalTerm is the term of an attributive "old": the article's past
// ordinals that WordNet lists as synonyms of "old" ("previous"), and false
// when the article writes none, so that the word is dropped as before.
// The article's own "old" is not met ("older adults" and "a 67-year-old"
// are ages, the inherent sense), except in an alternative of a choice
// when the article writes "old" attributively too: there the modifier is
// what tells the two things apart ("the old tower or the new one").
func (e *Engine) oldOrdinalTerm(alternative bool) (term, bool) {
	if e.noLex {
		return term{}, false
	}
	var alts []string
	for _, w := range pastOrdinals {
		if !e.sameOrdinal(w, "old") {
			continue
		}
		if st, ok := e.knownWord(w); ok {
			alts = append(alts, st)
		}
	}
	if alternative && e.writesAttributiveOld() {
		alts = append(alts, "old") // "the old tower or the new one": the article's own non-inherent "old" tells the two apart
	}
	if len(alts) == 0 {
		return term{}, false
	}
	return term{lower: "old", stem: alts[0], alts: alts, known: true}, true
}

// writesAttributiveOld reports whether the article writes "old" between
// a determiner and a noun, in the non-inherent sense ("the old tank").
func (e *Engine) writesAttributiveOld() bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k := range s.toks {
			if attributiveOld(s.toks, k) {
				return true
			}
		}
	}
	return false
}
