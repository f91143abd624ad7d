package lookup

import "slices"

// Knowledge denied (part of stage 4, for yes and no). "Do they know who
// built the boat" asks whether someone knows the answer to the
// interrogative clause "know" takes as its object (Quirk et al. 1985,
// ch. 15 on subordinate wh-interrogative clauses as object); a sentence
// that negates "know" before the same kind of clause ("Researchers do not
// yet know who built the boat"), or says the answer is "unclear" or
// "unknown", denies that knowledge: No. Read as a plain yes/no question,
// the clause's own words would wrongly find the sentence to assert them;
// and a question of the act itself ("did researchers build it") is
// answered by such a sentence with no verdict.

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

// knowledgeUnanswered reports whether q asks whether an answer is known
// ("do they know who made the canoe") and s lacks a word of the
// interrogative clause: a sentence that holds only the thing ("lifting
// the canoe") says nothing of who made it, so no Yes.
func knowledgeUnanswered(q *query, s *sentence) bool {
	w := knowClauseAt(q.toks)
	if w < 0 {
		return false
	}
	for _, qt := range q.toks[w+1:] {
		for _, t := range q.terms {
			if t.sameWord(qt) && !s.hasTerm(t) {
				return true
			}
		}
	}
	return false
}

// knowledgeDenied reports whether q asks whether an answer is known and
// s denies it is, with a matched word inside the interrogative clause
// that a negated "know" or an adjective of unknowing takes.
func knowledgeDenied(q *query, s *sentence, matched []int) bool {
	return !q.negated && asksKnowledge(q.toks) && unknownClauseHolds(s, matched)
}

// answerUnknown reports whether q asks no knowledge but the act itself
// ("did researchers build the boat"), and s holds a word of it only as
// the open question of what is not known ("do not yet know who built the
// boat"), never before that clause: the sentence neither states nor
// denies the act. A word the sentence also asserts outside the clause
// ("did not meet with him, and she did not know whether others met
// him") is answered there.
func answerUnknown(q *query, s *sentence, matched []int) bool {
	if asksKnowledge(q.toks) {
		return false
	}
	open := unknownClauseAt(s, matched)
	if open < 0 {
		return false
	}
	for _, t := range q.terms {
		inside := slices.ContainsFunc(matched, func(m int) bool { return m > open && t.matches(s.toks[m]) })
		outside := slices.ContainsFunc(s.toks[:open], t.matches)
		if inside && !outside {
			return true
		}
	}
	return false
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
