package lookup

import (
	"strings"
)

// What a thing does (part of stage 4, passages). "What does the bill do"
// and "what would the bill have done" use "do" as a pro-form for the
// predicate (Quirk et al. 1985, §12.20-12.22 on the pro-verb "do"): they
// ask what the article predicates of the thing, so the answer is a
// sentence with the thing as the subject of an active verb group ("The
// bill … would also require pharmacies to keep a supply", "vetoed a bill
// that would have let 16-year-olds vote"), not any sentence that names
// it ("is expected to sign the bill next week"). A measure still before a
// legislature or the governor is told in the conditional "would" (AP
// Stylebook, "would"), so the modal counts as such a verb group; a
// passive ("The bill was sponsored by …") tells what was done to the
// thing, and does not.

// thingDoCue is a question asking what a thing does, did, will or would
// do: "what does the bill (actually) do", "what would the law have done".
var thingDoCue = lazyRE(`^what(?:'s|s)?\s+(?:does|do|did|will|would|could|can)\s+(?:the|this|that|a|an|their|its)\s+(.+?)\s+(?:\w+ly\s+)?(?:do|have done)\s*[?!.]*$`)

// thingPredicate answers "what does the X do" for a thing X no entity
// of the article names: the first sentence in which the question's head
// noun is the subject of an active verb group (thingSubjectAt).
func (e *Engine) thingPredicate(q *query) (reply, bool) {
	if len(q.subjects) > 0 {
		return reply{}, false
	}
	m := thingDoCue.FindStringSubmatch(strings.ToLower(strings.TrimSpace(q.raw)))
	if m == nil {
		return reply{}, false
	}
	words := strings.Fields(m[1])
	head, ok := q.termFor(words[len(words)-1])
	if !ok || !head.known || !e.noLex && e.lex.KindOf(singular(head.lower), "person") {
		return reply{}, false // "what does the mayor do": a person's acts are plannedAct's and actorBest's
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, tok := range s.toks {
			if head.sameWord(tok) && e.thingSubjectAt(s, k) {
				return reply{found: true, used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// termFor is the query's term written w, if any.
func (q *query) termFor(w string) (term, bool) {
	for _, t := range q.terms {
		if t.lower == w {
			return t, true
		}
	}
	return term{}, false
}

// thingSubjectAt reports whether the noun at k of s is the subject of an
// active verb group: right after it, or after a comma closing an
// appositive or participle clause set off within the next 14 words ("The
// bill, sponsored by Sen. Arturo Benavides, D-Port Hollis, would"), past
// the relative "that" or "which", comes a verb group (activeVerbAt).
func (e *Engine) thingSubjectAt(s *sentence, k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	if !commaBetween(s, k, k+1) {
		return e.activeVerbAt(s, k+1)
	}
	for j := k + 2; j < len(s.toks) && j <= k+14; j++ {
		if commaBetween(s, j-1, j) && e.activeVerbAt(s, j) {
			return true
		}
	}
	return false
}

// activeVerbAt reports whether an active verb group opens at token j of
// s, past the relative "that" or "which" and adverbs: a modal, or a verb
// that can be nothing else and is no past participle ("requires"); a
// form of "be" or "have" tells no act.
func (e *Engine) activeVerbAt(s *sentence, j int) bool {
	if j < len(s.toks) && (s.toks[j].lower == "that" || s.toks[j].lower == "which") {
		j++
	}
	for j < len(s.toks) && (strings.HasSuffix(s.toks[j].lower, "ly") || s.toks[j].lower == "also") {
		j++
	}
	if j >= len(s.toks) {
		return false
	}
	w := s.toks[j].lower
	if modalAux[w] {
		return true
	}
	return !verbGroupAux(w) && !stopWords[w] && e.canBe(w, "verb") && !e.canBe(w, "noun") && !strings.HasSuffix(w, "ed")
}
