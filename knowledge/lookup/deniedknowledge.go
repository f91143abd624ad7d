package lookup

import "slices"

// Knowledge denied (part of stage 4, for yes and no). "Do they know who
// built the boat" asks whether someone knows the answer to the
// interrogative clause "know" takes as its object (Quirk et al. 1985,
// ch. 15 on subordinate wh-interrogative clauses as object); a sentence
// that negates "know" before the same kind of clause ("Researchers do not
// yet know who built the boat"), or says the answer is "unclear" or
// "unknown", denies that knowledge: No. Read as a plain yes/no question,
// the clause's own words would wrongly find the sentence to assert them.

// knowVerbs are the forms of "know".
var knowVerbs = set("know", "knows", "knew", "known")

// unknownAdjectives say of an interrogative clause after them that its
// answer is not known ("it is unclear why"; WordNet 3.0: "unclear", not
// clear to the mind; "unknown", not known).
var unknownAdjectives = set("unclear", "unknown")

// whClauseOpeners open a subordinate interrogative clause: the
// wh-words and "whether" and "if" (Quirk et al. 1985, ch. 15).
var whClauseOpeners = set("who", "whom", "whose", "what", "which", "why", "how", "where", "when", "whether", "if")

// asksKnowledge reports whether the question's words hold "know" before
// an interrogative clause ("do they know who", "is it known why").
func asksKnowledge(toks []token) bool { return knowClauseAt(toks) >= 0 }

// knowClauseAt is the index in toks of the wh-word or "whether" opening
// the interrogative clause "know" takes, or -1.
func knowClauseAt(toks []token) int {
	for i := 0; i+1 < len(toks); i++ {
		if knowVerbs[toks[i].lower] && whClauseOpeners[toks[i+1].lower] {
			return i + 1
		}
	}
	return -1
}

// knowledgeDenied reports whether q asks whether an answer is known and
// s denies it is, with a matched word inside the interrogative clause
// that a negated "know" or an adjective of unknowing takes.
func knowledgeDenied(q *query, s *sentence, matched []int) bool {
	return !q.negated && asksKnowledge(q.toks) && unknownClauseHolds(s, matched)
}

// unknownClauseHolds reports whether a matched word of s stands inside
// an interrogative clause after a negated "know" or an adjective of
// unknowing.
func unknownClauseHolds(s *sentence, matched []int) bool {
	return unknownClauseAt(s, matched) >= 0
}

// unknownClauseAt is the index of the wh-word or "whether" opening the
// first interrogative clause of s after a negated "know" or an
// adjective of unknowing that holds a matched word, or -1.
func unknownClauseAt(s *sentence, matched []int) int {
	for k := 0; k+1 < len(s.toks); k++ {
		w := s.toks[k].lower
		denied := knowVerbs[w] && negatedVerbGroup(s, k) || unknownAdjectives[w]
		if denied && whClauseOpeners[s.toks[k+1].lower] && slices.ContainsFunc(matched, func(m int) bool { return m > k+1 }) {
			return k + 1
		}
	}
	return -1
}
