package lookup

import (
	"strings"
)

// Yes/no comparisons by a graded adjective (part of stage 4, yes/no): "is
// Lena older than Nora?", "was the old span longer than the new one?",
// "was the vote earlier than the hearing?". A comparative before "than"
// compares the subject with the "than" phrase along the scale its
// adjective names (Quirk et al., §7.74–7.82 on comparison, §15.63 on
// comparative clauses), so the question holds the choice "which is
// older, A or B?": that is answered as a choice, and the verdict is
// whether A is the one chosen. "more/less/fewer N than" compares two
// figures and is numcompare.go's.

// gradedSides are the subject and the standard of "<copula> A <comparative>
// than B", and the comparative; ok is false for any other question.
func (e *Engine) gradedSides(raw string) (a, b, comparative string, ok bool) {
	w := strings.Fields(strings.Trim(strings.ToLower(expandChat(raw)), " ?!."))
	if len(w) < 4 || !copulas[w[0]] {
		return "", "", "", false
	}
	than := -1
	for i, t := range w {
		if t == "than" {
			than = i
			break
		}
	}
	if than < 3 || than == len(w)-1 {
		return "", "", "", false
	}
	from := than - 1
	c := e.comparativeIn(w[from])
	if from > 1 && (w[from-1] == "more" || w[from-1] == "less") {
		from--
		c = e.comparativeIn(w[from] + " " + w[from+1]) // "more expensive"
	}
	if c == "" || c == "more" || c == "less" || c == "fewer" || from < 2 {
		return "", "", "", false
	}
	for _, t := range w[than+1:] {
		if strings.ContainsAny(t, "0123456789") || wordNumberLike(t) && t != "a" && t != "an" {
			return "", "", "", false // "stronger than a cat 3": a bound on one figure, not a second thing
		}
	}
	return withoutArticle(w[1:from]), withoutArticle(w[than+1:]), c, true
}

// withoutArticle is an alternative's words without a leading article, as
// choiceRe takes them from "…, the X or the Y".
func withoutArticle(w []string) string {
	if len(w) > 1 && (w[0] == "the" || w[0] == "a" || w[0] == "an") {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// gradedCompared answers a yes/no comparison by a graded adjective: Yes
// when the choice picks its subject, No when it picks the standard, with
// the choice's own answer after the verdict.
func (e *Engine) gradedCompared(q *query) (reply, bool) {
	a, b, c, ok := e.gradedSides(q.raw)
	if !ok || q.negated {
		return reply{}, false
	}
	cq := *q
	cq.options, cq.compare, cq.typ = []string{a, b}, c, tChoice
	r, ok := e.choice(&cq)
	if !ok {
		return e.notSaid(q), true // a comparison the article gives no figures for is not a Yes for the sentence that matches its words best
	}
	if r.chosen == 0 {
		return r, true // one side's figure alone: no verdict
	}
	verdict := "No — "
	if r.chosen == 1 {
		verdict = "Yes — "
	}
	r.head = verdict + r.head
	return r, true
}
