package lookup

// A numeral partitive with a pronoun ("63 of them", "Twenty-two of
// them", part of stage 4, counts) counts the set the pronoun refers to
// (Quirk et al. 1985, §5.9 and §6.51: "many of them" is a part of the
// set "them" names). The number has no noun of its own, so it would
// count nothing the question asks; its noun is the pronoun's antecedent:
// a count's noun before it in the same sentence ("nearly 26,800
// bridges, and about 2,400 of them"), else the first plural noun of the
// sentence before it in the same paragraph, as a plural pronoun opening
// a sentence takes up the topic the sentence before began with (Halliday
// and Hasan 1976, Cohesion in English, §2.3 on anaphoric reference;
// Grosz, Joshi and Weinstein 1995 on the subject as the preferred
// antecedent): "The old meters had become a headache. Vandals pried open
// 63 of them" counts meters.

// antecedentPronouns are the plural personal and demonstrative pronouns
// of the third person that complement "of" in a partitive (Quirk et al.
// 1985, §6.2 and §6.40); "us" and "you" name the speaker's side, not a
// set the story counted.
var antecedentPronouns = set("them", "these", "those")

// pronounPartitiveHead is the count whose noun a count with none of its
// own takes from the antecedent of "of them" straight after it; ok is
// false when n has a noun or no such pronoun follows.
func (e *Engine) pronounPartitiveHead(s *sentence, n quantity) (quantity, bool) {
	if n.kind != qCount || n.unit != "" || n.end+1 >= len(s.toks) || s.toks[n.end].lower != "of" || !antecedentPronouns[s.toks[n.end+1].lower] {
		return quantity{}, false
	}
	for i := len(s.nums) - 1; i >= 0; i-- {
		if m := s.nums[i]; m.tok < n.tok && m.kind == qCount && m.unit != "" && measureOf(m.unit) == "" {
			return m, true // "nearly 26,800 bridges, and about 2,400 of them"
		}
	}
	prev := e.sentenceBefore(s)
	if prev == nil {
		return quantity{}, false
	}
	for i, t := range prev.toks {
		if (i == 0 || !t.cap) && plural(t.lower) && e.canBe(singular(t.lower), "noun") && !stopWords[t.lower] {
			return quantity{kind: qCount, unit: t.stem, noun: t.lower, tok: n.tok, end: n.end}, true
		}
	}
	return quantity{}, false
}

// sentenceBefore is the body sentence before s in its paragraph, or nil.
func (e *Engine) sentenceBefore(s *sentence) *sentence {
	for i := 1; i < len(e.r.sents); i++ {
		if &e.r.sents[i] == s {
			if p := &e.r.sents[i-1]; p.para == s.para && p.part == "" && s.part == "" {
				return p
			}
			return nil
		}
	}
	return nil
}
