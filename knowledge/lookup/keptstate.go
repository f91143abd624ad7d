package lookup

import "strings"

// A state kept answers a change asked (part of stage 4, yes/no): "It kept
// its quarterly dividend at 12 cents" answers "did they cut the
// dividend" no, and "it will keep all 230 workers" answers "are workers
// getting laid off" no. WordNet 3.0 defines the verbs of continuing by the
// absence of change: keep, "keep in a certain state, position, or
// activity" (keep.v.01) and "retain possession of" (keep.v.02), stay and
// remain, "stay the same; remain in a certain state" (stay.v.01,
// remain.v.01), hold, "keep in a certain state, position, or activity"
// (hold.v.02), maintain, "keep in a certain state" (maintain.v.01). A
// sentence that says a thing is kept, or stays, denies that another act
// of the question changed it in the same span; the aspect of a
// continuing state excludes a change of state over its interval (Quirk
// et al. 1985, §4.4 on stative and dynamic meaning). The question's verb
// must be one the sentence does not write (else it tells both: "rose in
// May and stayed high"), and the kept thing one of its words, the object
// after keep, hold or maintain, the subject before stay or remain.

// keptObjectVerbs take the kept thing as their object; keptSubjectVerbs
// as their subject (the forms of the WordNet verbs above).
var (
	keptObjectVerbs  = set("keep", "keeps", "kept", "keeping", "hold", "holds", "held", "holding", "maintain", "maintains", "maintained", "maintaining")
	keptSubjectVerbs = set("stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining")
)

// keptReach is how many words may stand between the verb of continuing
// and the kept thing's noun ("kept its quarterly dividend", "keep all 230
// workers"; "Fares will stay").
const keptReach = 4

// keptUnchanged returns the sentence, among the first ranked, that tells
// a thing the question names as kept or staying as it was, where the
// question asks a verb the sentence does not write.
func (e *Engine) keptUnchanged(q *query) (*sentence, bool) {
	if e.noLex || q.negated || len(q.terms) < 2 {
		return nil, false
	}
	for n, c := range e.rank(q, nil) {
		if n == 3 {
			break
		}
		s := &e.r.sents[c.s]
		if c.subjects < len(q.subjects) || reportsClaim(s, c.matched) {
			continue
		}
		if e.askedChangeUnsaid(q, s) && keptHeld(q, s) {
			return s, true
		}
	}
	return nil, false
}

// askedChangeUnsaid reports whether exactly one content term of q is a
// verb s does not hold, no verb of continuing itself, and s holds every
// other.
func (e *Engine) askedChangeUnsaid(q *query, s *sentence) bool {
	unsaid := 0
	for _, t := range q.terms {
		if lightVerbs[t.lower] || t.given {
			continue
		}
		if s.hasTerm(t) || phraseIn(s, t) {
			continue
		}
		first := firstWord(t.lower)
		if unsaid++; unsaid > 1 || keptObjectVerbs[first] || keptSubjectVerbs[first] || !e.canBe(first, "verb") {
			return false
		}
	}
	return unsaid == 1
}

// keptHeld reports whether s writes a verb of continuing, not negated,
// with a word of q as its object (after keep, hold, maintain) or its
// subject (before stay, remain) within keptReach words, no comma between.
func keptHeld(q *query, s *sentence) bool {
	held := func(k int) bool {
		return !s.quoted[k] && !stopWords[s.toks[k].lower] && q.holdsWord(s.toks[k])
	}
	for k, tok := range s.toks {
		if s.quoted[k] || negatedVerbGroup(s, k) {
			continue
		}
		switch {
		case keptObjectVerbs[tok.lower]:
			for j := k + 1; j < len(s.toks) && j <= k+keptReach && !commaBetween(s, j-1, j); j++ {
				if held(j) {
					return true
				}
			}
		case keptSubjectVerbs[tok.lower]:
			for j := k - 1; j >= 0 && j >= k-keptReach && !commaBetween(s, j, j+1); j-- {
				if held(j) {
					return true
				}
			}
		}
	}
	return false
}

// holdsWord reports whether token tok is a form of one of q's terms.
func (q *query) holdsWord(tok token) bool {
	for _, t := range q.terms {
		if !lightVerbs[t.lower] && t.sameWord(tok) {
			return true
		}
	}
	return false
}

// firstWord is the first word of a term of one or more words.
func firstWord(w string) string {
	first, _, _ := strings.Cut(w, " ")
	return first
}

// keptLevel reports whether figure n is the level of a state kept: it
// follows "at" (past an approximator) in the clause of a verb of
// continuing ("will stay at $1 an hour", "hold tuition at $7,740"). Such
// a level measures no change, so it answers no question of one.
func keptLevel(s *sentence, n quantity) bool {
	k := beforeApproximators(s, n)
	if k < 1 || s.toks[k].lower != "at" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-keptReach-1 && !commaBetween(s, j, j+1); j-- {
		if w := s.toks[j].lower; keptObjectVerbs[w] || keptSubjectVerbs[w] {
			return true
		}
	}
	return false
}
