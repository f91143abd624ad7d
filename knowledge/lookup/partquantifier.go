package lookup

import "slices"

// Some, not all (part of stage 4, yes/no): "will all the workers get
// severance" asks the act of every member of a set, and "most of the
// workers would receive severance" tells it of a part of the set. The
// partitive quantifiers "most", "some", "many", "several", "few", "half"
// and a cardinal before "of" (Quirk et al. 1985, §5.23–5.25 on
// quantifiers, §5.9 on partitive "of") stand below "all" on Horn's scale
// of quantity (Horn 1972), and a speaker who says "most" where "all" was
// true would have said "all" (the scalar implicature of Grice's maxim of
// quantity), so a news sentence that quantifies the asked noun so answers
// "all" No. The same holds of "every", "each" and "both" (Quirk et al.,
// §5.14–5.17 on the universal determiners). The quantifier must stand in
// the noun phrase of the matched noun itself ("most of the county's road
// crews"), with no punctuation between, and that noun phrase must hold no
// universal word of its own ("all three of the workers").

// universalDeterminers ask of a whole set (Quirk et al., §5.14–5.17).
var universalDeterminers = set("all", "every", "each", "both")

// partitiveQuantifiers tell of a part of a set (Quirk et al., §5.23–5.25).
var partitiveQuantifiers = set("most", "some", "many", "several", "few", "half", "majority", "minority")

// partQuantified reports whether q asks its act of every member of a set
// named by a noun after a universal determiner, and s quantifies a
// matched word of that noun phrase by a partitive quantifier.
func (e *Engine) partQuantified(q *query, s *sentence, matched []int) bool {
	nouns := e.universalNouns(q)
	for _, m := range matched {
		for _, n := range nouns {
			if n.matches(s.toks[m]) && (partitiveBefore(s, m) || e.restrictedBefore(s, m, nouns)) {
				return true
			}
		}
	}
	return false
}

// restrictedBefore reports whether the noun at token m of s, the head of
// the set asked of, is premodified by a word the question's noun phrase
// lacks ("high school students" for "all students"): a premodifier of a
// plural noun restricts the set to a subclass (Quirk et al. 1985,
// §17.3 and §17.104 on restrictive premodification), which tells the act
// of a part. The word must stand right before the noun, in lower case, be
// an adjective or noun by WordNet and no determiner, quantifier, numeral
// or universal word, nor a verb's inflected form before its object.
func (e *Engine) restrictedBefore(s *sentence, m int, nouns []term) bool {
	if m == 0 || !plural(s.toks[m].lower) || punctuatedBetween(s.text, s.toks, m) {
		return false
	}
	b := s.toks[m-1]
	if b.cap || b.poss || stopWords[b.lower] || determiners[b.lower] || universalDeterminers[b.lower] || partitiveQuantifiers[b.lower] || cardinalToken(b.lower) {
		return false
	}
	if slices.ContainsFunc(nouns, func(n term) bool { return n.matches(b) }) {
		return false // "all the road crews": the question's own premodifier
	}
	if e.canBe(b.lower, "verb") && (endsIn(b.lower, "s") || endsIn(b.lower, "ed") || endsIn(b.lower, "ing")) {
		return false // "buses students": a verb and its object
	}
	return e.canBe(b.lower, "adj") || e.canBe(b.lower, "noun")
}

// universalNouns are the question's terms in the noun phrase a universal
// determiner opens ("all the road crews": road, crews): the run of terms
// that can be nouns within five words after it, up to the first term
// that cannot (the verb).
func (e *Engine) universalNouns(q *query) []term {
	for i, t := range q.toks {
		if !universalDeterminers[t.lower] {
			continue
		}
		var out []term
		for j := i + 1; j < len(q.toks) && j <= i+5; j++ {
			nt, _, ok := q.termStarting(j)
			if ok && e.canBe(nt.lower, "noun") {
				out = append(out, nt)
			} else if ok || len(out) > 0 {
				break
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// partitiveBefore reports whether a partitive quantifier, or a cardinal
// followed by "of", opens the noun phrase ending at token m of s: within
// five words before it, past determiners, possessives and premodifiers,
// with no punctuation or universal word between.
func partitiveBefore(s *sentence, m int) bool {
	for k := m - 1; k >= 0 && k >= m-5; k-- {
		if punctuatedBetween(s.text, s.toks, k+1) {
			return false
		}
		w := s.toks[k].lower
		if universalDeterminers[w] {
			return false
		}
		ofNext := k+1 < m && s.toks[k+1].lower == "of"
		if partitiveQuantifiers[w] && !approximatingSome(s, k) && !superlativeMost(s, k) || ofNext && cardinalToken(w) {
			return true
		}
	}
	return false
}

// cardinalToken reports whether w is a cardinal number, in digits or as a
// word (numberWords), other than "once"-like adverbs.
func cardinalToken(w string) bool {
	if v, ok := numberWords[w]; ok {
		return v >= 1 && w != "once" && w != "twice" && w != "thrice"
	}
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' {
			return false
		}
	}
	return true
}

// approximatingSome reports whether token k of s is "some" before a
// number, where it means "about" ("some 300 workers"), not a part
// (Quirk et al., §5.25 note).
func approximatingSome(s *sentence, k int) bool {
	return s.toks[k].lower == "some" && k+1 < len(s.toks) && cardinalToken(s.toks[k+1].lower)
}

// superlativeMost reports whether token k of s is "most" after "the",
// the superlative ("the most workers"), not the quantifier.
func superlativeMost(s *sentence, k int) bool {
	return s.toks[k].lower == "most" && k > 0 && s.toks[k-1].lower == "the"
}
