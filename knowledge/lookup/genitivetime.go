package lookup

// Times in the genitive (part of stage 4): "next year's budget",
// "Tuesday's vote" is a noun phrase whose determiner is a genitive of time
// (Quirk et al., §5.115–5.118, the genitive of measure and time): the time
// dates the noun it determines, not the verb of the clause. "A hearing on
// next year's budget is set for Thursday" dates the hearing Thursday;
// "next year" is the budget's.

// dropGenitiveTimes drops from subs the time spans of s written in the
// genitive, unless the noun phrase they determine holds the head noun of
// the question's subject ("when was the vote on the levy": "Tuesday's
// vote"), or, with no such head, every matched word.
func dropGenitiveTimes(q *query, s *sentence, subs [][]int, matched []int) [][]int {
	head, headed := whenSubjectHead(q)
	var out [][]int
	for _, sp := range subs {
		k := genitiveTimeAt(s, sp)
		switch {
		case k < 0:
		case headed && determinedHolds(s, k, head):
		case !headed && allWithin(matched, k+1, k+3):
		default:
			continue
		}
		out = append(out, sp)
	}
	return out
}

// genitiveTimeAt is the index of the token that ends time span sp with
// the possessive 's, or -1 when the span is no genitive.
func genitiveTimeAt(s *sentence, sp []int) int {
	for k, t := range s.toks {
		if t.start < sp[1] && sp[1] < t.end && t.poss {
			return k
		}
	}
	return -1
}

// determinedHolds reports whether the noun phrase after genitive token k
// holds term head within three words, before a preposition ("Tuesday's
// special council vote on").
func determinedHolds(s *sentence, k int, head term) bool {
	for j := k + 1; j < len(s.toks) && j <= k+3 && !prepositions[s.toks[j].lower]; j++ {
		if head.matches(s.toks[j]) {
			return true
		}
	}
	return false
}

// allWithin reports whether there are matched indices and all lie in
// [from, to].
func allWithin(matched []int, from, to int) bool {
	for _, m := range matched {
		if m < from || m > to {
			return false
		}
	}
	return len(matched) > 0
}

// whenSubjectHead is the term of the head noun of a when-question's
// subject, "when BE [DET] N … N" up to a preposition or the end, the last
// noun of the compound ("when is the levy hearing": hearing; "when was the
// vote on the levy": vote; Quirk et al., §17.108, the head of a noun
// compound is its last noun); false when the question is not so shaped.
// After "do" or a modal the verb follows the subject, so only a form of
// "be" leaves the noun phrase to run to the end.
func whenSubjectHead(q *query) (term, bool) {
	toks := q.toks
	i := 0
	for i < len(toks) && chatWords[toks[i].lower] {
		i++
	}
	j := i + 2
	if i < len(toks) && toks[i].lower == "when" && toks[i].poss {
		j = i + 1 // "when's": the clitic 's of "is" (Quirk et al., §3.23, the contracted verb forms)
	} else if i+2 >= len(toks) || toks[i].lower != "when" || !beForms[toks[i+1].lower] {
		return term{}, false
	}
	for j < len(toks) && (determiners[toks[j].lower] || possessiveDeterminers[toks[j].lower]) {
		j++
	}
	last := -1
	for ; j < len(toks) && !prepositions[toks[j].lower] && !stopWords[toks[j].lower]; j++ {
		last = j
	}
	if last < 0 || q.nameToks[last] {
		return term{}, false
	}
	return q.termOf(toks[last].lower)
}
