package lookup

import "slices"

// Stage 4, extraction of an age for a person the article does not name
// ("how old were the deputies"). English ties an age to its noun in three
// places: before it as a compound adjective ("a 9-year-old boy"), after it
// in apposition ("two men, ages 19 and 22"; "a roofer, 54,") or as a
// prepositional postmodifier ("deputies in their 20s") (Quirk et al.
// 1985, §17.65ff apposition, §17.37 prepositional postmodification; AP
// Stylebook, "ages"). Of several ages in a sentence, the one so tied to a
// noun of the question is the one asked.

// ageLinks are the words that may stand between a noun and its age after
// it: the age nouns and the participle that open the figure ("ages",
// "aged", "age"), and the decade phrase's "in", determiner and narrower
// (decadeage.go).
var ageLinks = set("ages", "aged", "age", "in", "his", "her", "their", "early", "mid", "late")

// ageTiedToAsked reports whether age n of s premodifies, or follows past
// only ageLinks, a word that holds one of the question's terms.
func ageTiedToAsked(s *sentence, n quantity, q *query) bool {
	if n.kind != qAge {
		return false
	}
	k := n.tok - 1
	for k >= 0 && ageLinks[s.toks[k].lower] {
		k--
	}
	after := k >= 0 && (k < n.tok-1 || !yearOld.MatchString(s.toks[n.tok].lower)) // a compound "9-year-old" premodifies; it does not follow
	if after && tokenHoldsTerm(s.toks[k], q) {
		return true
	}
	return yearOld.MatchString(s.toks[n.tok].lower) && n.tok+1 < len(s.toks) && tokenHoldsTerm(s.toks[n.tok+1], q)
}

// tokenHoldsTerm reports whether token t is a form of one of q's terms.
func tokenHoldsTerm(t token, q *query) bool {
	for _, x := range q.terms {
		if !lightVerbs[x.lower] && t.meets(x.stem) {
			return true
		}
	}
	return false
}

// holdsTiedAge reports whether s gives an age tied to a noun of q that
// is no thing's and none of the possessors' (possessorage.go): such a
// sentence answers "how old were the boys" before one that only names
// the boys beside someone else's age.
func (e *Engine) holdsTiedAge(s *sentence, q *query, possessors []int) bool {
	for _, n := range s.nums {
		if ageTiedToAsked(s, n, q) && !e.agedOther(s, n, possessors) {
			return true
		}
	}
	return false
}

// describedAge answers "how old was the firefighter who got burned",
// asked of no one named: an age in the sentence about what the question
// describes, first one tied to a noun of the question (ageTiedToAsked),
// else any age there that is no thing's or possessor's.
func (e *Engine) describedAge(q *query, possessors []int) (reply, bool) {
	// "how old was the firefighter who got burned": an age in the
	// sentence about what the question describes
	hasAge := func(s *sentence) bool {
		for _, n := range s.nums {
			if n.kind == qAge && !e.agedOther(s, n, possessors) {
				return true
			}
		}
		return false
	}
	c, ok := e.best(q, func(s *sentence) bool { return e.holdsTiedAge(s, q, possessors) })
	if !ok {
		c, ok = e.best(q, hasAge)
	}
	if ok && e.namesPerson(q) {
		s := &e.r.sents[c.s]
		// "how old were the men": the age tied to the noun asked, "two men, ages 19 and 22"
		tied := func(n quantity) bool { return ageTiedToAsked(s, n, q) }
		if noun := generalNounAsked(q.toks, true); noun != "" {
			// "how old was the boy": the age before the noun asked, "a 9-year-old boy" (indefinitefirst.go)
			tied = func(n quantity) bool { return premodifiedNounAge(s, n, noun) }
		}
		nums := slices.SortedStableFunc(slices.Values(s.nums), func(a, b quantity) int { return b2i(tied(b)) - b2i(tied(a)) })
		for _, n := range nums {
			if n.kind == qAge && !pronounAge(s, n) && !e.agedOther(s, n, possessors) {
				// "when she was 14" is the age of the named person "she" is, not of one described
				// the age as a number, as for a named person: "62.", not "62-year-old."
				return reply{found: true, head: ageRange(s, n) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}
