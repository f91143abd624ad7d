package lookup

import "strings"

// Names written in lower case (part of stage 4): AP style writes the
// generic names of drugs, chemicals, toxins and diseases in lower case
// ("remdesivir", "microcystin": AP Stylebook, "drugs"), and a news
// sentence introduces such a name with a nonrestrictive appositive that
// describes it ("microcystin, a liver toxin,"; Quirk et al., §17.65). So
// "what's the toxin called" is answered by the one-word noun phrase before
// a comma and an indefinite description whose head is the noun asked.

// appositiveCommonName is the lower-case name the article gives in
// apposition before "a/an [modifiers] head", with its sentence, or "" when
// none or two different ones. The name is one word that is not a common
// word of the language (WordNet does not list it) or is a kind of the head
// ("aspirin, a pain reliever"): an ordinary noun before a comma ("the
// lake, a popular spot") describes, it does not name.
func (e *Engine) appositiveCommonName(head string, mods []string) (string, *sentence) {
	if e.noLex {
		return "", nil
	}
	stem := stemOf(singular(head))
	name, at := "", (*sentence)(nil)
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			if t.cap || !t.meets(stem) || !appositiveEnds(s, k) {
				continue
			}
			j := descriptionStart(s, k, mods)
			if j < 1 || (s.toks[j].lower != "a" && s.toks[j].lower != "an") || strings.TrimSpace(s.text[s.toks[j-1].end:s.toks[j].start]) != "," {
				continue
			}
			n := s.toks[j-1]
			if n.cap || n.poss || !e.namesKind(n.lower, head) || (j >= 2 && !phraseBoundary(s.toks[j-2].lower)) {
				continue
			}
			if name != "" && name != n.text {
				return "", nil // two things fit: the question does not say which
			}
			name, at = n.text, s
		}
	}
	return name, at
}

// appositiveEnds reports whether the noun at token k closes its phrase: a
// comma or the sentence's end follows it.
func appositiveEnds(s *sentence, k int) bool {
	if k+1 >= len(s.toks) {
		return true
	}
	gap := strings.TrimSpace(s.text[s.toks[k].end:s.toks[k+1].start])
	return strings.HasPrefix(gap, ",") || strings.HasPrefix(gap, ";") || strings.HasPrefix(gap, "—")
}

// namesKind reports whether w may be the name of a kind of head: a word
// WordNet does not know, or one it lists as a kind of head.
func (e *Engine) namesKind(w, head string) bool {
	if strings.ContainsAny(w, "0123456789") {
		return false // a figure describes an amount, not a name
	}
	return !e.lex.IsWord(w) || e.lex.KindOf(w, singular(head))
}

// phraseBoundary reports whether w, before a one-word noun phrase, ends
// what comes before it: a verb or preposition, not a determiner or
// modifier of the same phrase. Determiners and possessives are the words
// that cannot (Quirk et al., §5.10).
func phraseBoundary(w string) bool {
	return !determiners[w] && !possessivePronouns[w]
}
