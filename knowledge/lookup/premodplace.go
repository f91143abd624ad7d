package lookup

// A place premodifying the asked thing (part of stage 4, places). "A
// Richmond theater company" places the company in Richmond: a proper noun
// before a common noun classifies it, and a place name so placed tells
// where the thing is (Quirk et al. 1985, §17.108 on proper nouns as
// premodifiers; placedrole.go reads the same for a person's hometown).
// "Where is the theater company" is answered by that place before any
// place the sentence gives another act ("A federal judge in Alexandria
// blocked it … after a Richmond theater company … sued").

// placeBeforeAsked is the place name that premodifies the question's
// asked noun phrase in s: the matched words run back to a capitalised
// name right before them that the article, the gazetteer or the name's
// shape makes a place (premodifyingPlace, placedrole.go); "" when none.
func (e *Engine) placeBeforeAsked(q *query, s *sentence, matched []int) string {
	if len(q.terms) == 0 || len(q.subjects) > 0 {
		return ""
	}
	for _, m := range matched {
		k := m
		for k > 0 && contains(matched, k-1) {
			k-- // "theater company": back to the first matched word
		}
		if k == m && len(q.terms) > 1 || k == 0 || !spaced(s, k-1, k) {
			continue
		}
		at := k - 1
		for at > 0 && s.toks[at-1].cap && spaced(s, at-1, at) && at > k-4 {
			at--
		}
		if !s.toks[k-1].cap || at == 0 {
			continue // a sentence's first word is capitalised as such
		}
		if name := s.text[s.toks[at].start:s.toks[k-1].end]; e.premodifyingPlace(name, false, false) {
			return name // as the sentence writes it, not the dateline's capitals
		}
	}
	return ""
}
