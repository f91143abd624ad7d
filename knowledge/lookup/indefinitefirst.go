package lookup

// "The boy" after "a 9-year-old boy" (part of stage 2, with
// storySubject, and stage 4, in age). A question's "the boy" or "the
// woman" stands in for a pronoun, and so for the story's subject, only
// when the article gives the noun no referent of its own (epithet.go).
// When the article introduces an unnamed person with that noun and the
// indefinite article ("a 9-year-old boy was struck", "a woman was
// hurt"), the question's definite noun phrase is the anaphoric "the" of
// that first mention (Quirk et al. 1985, §5.32: "a" on first mention,
// "the" on the next; AP Stylebook, "ages": "the 5-year-old boy"), so it
// asks about the person the article so introduced, and an age written
// as the noun's premodifier ("9-year-old") is theirs.

// epithetNoun is the general noun for a person that epithetGender reads
// as a pronoun in toks, or "".
func epithetNoun(toks []token) string {
	return generalNounAsked(toks, false)
}

// generalNounAsked is the first general noun for a person after "the",
// "this" or "that" in toks, not a possessive, or "": postmodified too
// ("the boy who got killed") when post is true.
func generalNounAsked(toks []token, post bool) string {
	for i, t := range toks {
		if _, ok := generalNounGender[t.lower]; !ok || t.poss || i == 0 {
			continue
		}
		if d := toks[i-1].lower; d != "the" && d != "this" && d != "that" {
			continue
		}
		if !post && i+1 < len(toks) && generalNounPostmodifiers[toks[i+1].lower] {
			continue
		}
		return t.lower
	}
	return ""
}

// introducedIndefinitely reports whether a body sentence introduces an
// unnamed person by noun with "a" or "an", with at most one hyphenated
// premodifier between ("a 9-year-old boy", "a woman"), and no name
// straight after the noun ("a boy, Sam Reyes," names him).
func (e *Engine) introducedIndefinitely(noun string) bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 {
			continue
		}
		for k, t := range s.toks {
			if t.lower != noun || t.cap || t.poss || k == 0 || k+1 < len(s.toks) && s.toks[k+1].cap && !punctuatedBetween(s.text, s.toks, k+1) {
				continue
			}
			d := k - 1
			if d > 0 && containsHyphen(s.toks[d].lower) {
				d--
			}
			if w := s.toks[d].lower; w == "a" || w == "an" {
				return true
			}
		}
	}
	return false
}

// containsHyphen reports whether w holds a hyphen.
func containsHyphen(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			return true
		}
	}
	return false
}

// premodifiedNounAge reports whether age n of s premodifies noun straight
// after it ("9-year-old boy").
func premodifiedNounAge(s *sentence, n quantity, noun string) bool {
	return noun != "" && n.tok+1 < len(s.toks) && yearOld.MatchString(s.toks[n.tok].lower) && s.toks[n.tok+1].lower == noun
}
