package lookup

// A number can give the size of a group without a noun of its own: "A
// crowd of 12,000 lined the course", "a crew of 40". The numeral heads the
// of-phrase after a collective noun and counts its members, who are
// understood (WordNet 3.0 files such nouns under "social group", and its
// "gathering" is "a group of persons together in one place"), so it
// counts people as "12,000 people" would.

// readGroupSizes reads the numbers that give a group's size without a
// noun: the reading of numbers, which knows no parts of speech, takes the
// word after a number for what it counts ("12,000 lined"); after "GROUP
// of" a word that cannot be a noun is the clause's verb, and the number
// counts the group's members.
func (e *Engine) readGroupSizes() {
	if e.noLex {
		return
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, n := range s.nums {
			if n.kind != qCount || n.unit == "" || e.canBe(n.noun, "noun") || !e.afterGroupNoun(s, n, "social_group") {
				continue
			}
			end := n.numEnd(s.toks)
			n.text = s.text[s.toks[n.tok].start:s.toks[end-1].end]
			n.end, n.unit, n.noun, n.mods = end, "", "", nil
			s.nums[k] = n
		}
	}
}

// groupSize reports whether number n of s is the size of the group a
// collective noun names: a count with no noun of its own right after
// "of", the noun before it a kind of social group ("a sellout crowd of
// 6,214").
func (e *Engine) groupSize(s *sentence, n quantity) bool {
	return e.sizedGroup(s, n, "social_group")
}

// sizedGroup is groupSize for a group noun WordNet files under kind.
func (e *Engine) sizedGroup(s *sentence, n quantity, kind string) bool {
	return !e.noLex && n.kind == qCount && n.unit == "" && e.afterGroupNoun(s, n, kind)
}

// afterGroupNoun reports whether n gives the size of a group noun WordNet
// files under kind (groupNounAt).
func (e *Engine) afterGroupNoun(s *sentence, n quantity, kind string) bool {
	return e.groupNounAt(s, n, kind) >= 0
}

// groupNounAt is the index in s of the noun WordNet files under kind
// whose size n gives, or -1: the noun right before "of" and n ("a crowd
// of 12,000"), or of an approximator and n ("a crowd of about 300"), or the subject of a change n is the end point of ("the
// crowd swelled to nearly 3,000", changedGroupNoun).
func (e *Engine) groupNounAt(s *sentence, n quantity, kind string) int {
	if k := ofBeforeHedged(s, n); k >= 1 && e.lex.KindOf(s.toks[k-1].lower, kind) {
		return k - 1 // "a crowd of 12,000", "a crowd of about 300" (hedgedgroup.go)
	}
	return e.changedGroupNoun(s, n, kind)
}
