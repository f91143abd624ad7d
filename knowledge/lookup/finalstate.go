package lookup

import (
	"slices"
	"strings"
)

// Is it final (part of stage 4, yes/no): "is the settlement final", "is it
// final or does anyone else have to approve it". Said of a decision, a deal
// or a ruling, the predicative "final" is WordNet 3.0's adjective sense
// "conclusive, not to be altered or undone" ("the judge's decision is
// final"), not its first sense "last, concluding", which is the attributive
// one ("the final round"). News copy tells that a decision is not yet
// final by the approval it still awaits ("The deal still needs approval
// from the county board", "must still be approved by Judge …"): the focus
// adverb "still" marks the pending state (Quirk et al. 1985, §8.137 on
// "still" and "yet"). So such a sentence answers the question No, where
// the first sense's synonym "last" had met "last year" or "last season"
// and no sentence answered.

// approvalWords are the words of approving a decision: WordNet 3.0's
// verb synset "approve, O.K., sanction" with its noun "approval", "ratify"
// ("approve and express assent, responsibility, or obligation"), "confirm"
// and "sign" in that sense, with their nominalisations.
var approvalWords = []string{"approve", "approval", "sanction", "ratify", "ratification", "confirm", "confirmation", "sign", "signature"}

// approvalStems are the stems of approvalWords, made once.
var approvalStems = stemsOf(approvalWords)

// stillSpan is how many words may stand between "still" and the approval
// it awaits ("still needs final approval", "must still be approved").
const stillSpan = 3

// finalState answers "is X final" No from the first sentence that tells
// an approval X still awaits; false when the question is not so shaped or
// no sentence tells one. A question naming a noun ("the settlement") wants
// a sentence that names it too; one asking of "it" the first such sentence,
// news putting the matter of the story first.
func (e *Engine) finalState(q *query) (reply, bool) {
	n := len(q.toks)
	if n < 3 || !copulas[q.toks[0].lower] {
		return reply{}, false
	}
	at := -1
	for k := 2; k < n; k++ {
		if q.toks[k].lower == "final" && (k+1 == n || q.toks[k+1].lower == "or") {
			at = k
			break
		}
	}
	if at < 0 {
		return reply{}, false
	}
	var nouns []term // what the question says is or is not final, each word as written
	for _, t := range q.toks[1:at] {
		if !stopWords[t.lower] && !determiners[t.lower] {
			nouns = append(nouns, term{lower: t.lower, stem: t.stem})
		}
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 || !stillAwaitsApproval(s.toks) || !holdsAll(s, nouns) {
			continue
		}
		return reply{found: true, head: "No —", used: []*sentence{s}}, true
	}
	return reply{}, false
}

// stillAwaitsApproval reports whether toks hold "still" and, at most
// stillSpan words after it, a word of approval (approvalWords), with no
// negation between ("still needs approval", not "still has not been
// approved", which tells the same, but is not the form looked for).
func stillAwaitsApproval(toks []token) bool {
	for k, t := range toks {
		if t.lower != "still" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+stillSpan+1; j++ {
			w := toks[j].lower
			if w == "not" || w == "never" || strings.HasSuffix(w, "n't") {
				break
			}
			if slices.ContainsFunc(approvalStems, toks[j].meets) {
				return true
			}
		}
	}
	return false
}
