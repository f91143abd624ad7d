package lookup

import (
	"slices"
	"strings"
)

// A count question whose counted noun is its subject ("how many people
// died") names what it counts by the noun and the act together: the
// predicate restricts the set the determiner "how many" quantifies
// (Quirk et al. 1985, §11.14, wh-questions on the subject, with no
// do-support; §5.25, quantifiers). When the article never uses that
// verb and nothing of the question follows it, only the counted noun is
// left, and any count of it, under any other act ("40 people spent the
// night"), would answer.

// doForms are the forms of "do" whose support puts a subject between the
// counted noun and the verb ("how many districts does this cover"): the
// counted noun is then the object, and the subject restricts it too
// (Quirk et al., §3.37, the do-construction).
var doForms = set("do", "does", "did", "don't", "doesn't", "didn't")

// unsaidCountedAct reports whether q is a subject count question whose
// verb is among unused, with no known term after it.
func (e *Engine) unsaidCountedAct(q *query, terms []term, unused []string) bool {
	if q.typ != tCount || knownAfterUnknown(terms) {
		return false
	}
	k := countedSubjectEnd(q)
	if k < 0 {
		return false
	}
	for ; k < len(q.toks); k++ {
		w := q.toks[k].lower
		switch {
		case doForms[w]:
			return false // "how many districts does this cover": an object question
		case auxiliaries[w] || getForms[w] || isAdverb(w):
			continue // "how many people were ever arrested"
		}
		return slices.ContainsFunc(unused, func(u string) bool { return u == w || strings.HasPrefix(u, w+" ") }) && e.canBe(w, "verb") // "laid off": a phrasal verb by its verb
	}
	return false
}

// countedSubjectEnd is the index of the token after the counted noun
// phrase of q ("how many people | died"), or after "many" when no noun
// is counted ("how many | were hurt"); -1 without "how many".
func countedSubjectEnd(q *query) int {
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].lower != "many" || q.toks[i-1].lower != "how" {
			continue
		}
		end := i + 1
		for j := end; j < len(q.toks) && j <= i+3; j++ {
			if slices.Contains(q.focus, q.toks[j].stem) || peopleWords[q.toks[j].lower] {
				end = j + 1
			}
		}
		return end
	}
	return -1
}
