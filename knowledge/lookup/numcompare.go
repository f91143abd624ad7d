package lookup

import (
	"fmt"
	"strings"
)

// Comparisons of two figures (part of stage 4, yes/no): "does the zoo
// give more to the rangers than the city put into the habitat?", "is
// Greer getting as many jobs as Corvell is losing?". A comparative clause
// compares two measures of one scale, each told by its own clause
// (Quirk et al., §15.63–15.69 on comparative clauses with more/less …
// than and as … as), so the question holds two "how much / how many"
// questions: each is answered by itself, and the verdict is the
// comparison of the two figures. When a side is not found, or the two
// figures are not of one kind, there is no verdict.

// moreThanRe is "<aux> A more|less|fewer N than B".
var moreThanRe = lazyRE(`^(?:.*?\b)?(is|are|was|were|does|do|did|has|have|will)\s+(.+?)\s+(more|less|fewer)\s+(.*?)\s*\bthan\s+(.+?)\W*$`)

// asManyRe is "<aux> A as many|much N as B".
var asManyRe = lazyRE(`^(?:.*?\b)?(is|are|was|were|does|do|did|has|have|will)\s+(.+?)\s+as\s+(many|much)\s+(.*?)\s*\bas\s+(.+?)\W*$`)

// comparedSides are the two "how much / how many" questions of a
// comparison, and what a yes needs: "more" (A above B), "less" (A below
// B) or "as" (A at least B).
func (e *Engine) comparedSides(raw string) (a, b, want string, ok bool) {
	l := strings.ToLower(expandChat(raw))
	var m []string
	if m = moreThanRe.FindStringSubmatch(l); m != nil {
		want = "more"
		if m[3] != "more" {
			want = "less"
		}
	} else if m = asManyRe.FindStringSubmatch(l); m != nil {
		want = "as"
	} else {
		return "", "", "", false
	}
	aux, subj, noun, other := m[1], m[2], m[4], m[5]
	if f := strings.Fields(other); len(f) == 0 || strings.ContainsAny(f[0][:1], "$0123456789") || wordNumberLike(f[0]) {
		return "", "", "", false // "more than 50%": a bound on one figure, not a second clause
	}
	how := "how much"
	if n := strings.Fields(noun); len(n) > 0 && !stopWords[n[0]] && strings.HasSuffix(n[0], "s") {
		how = "how many " + n[0] // the counted noun: "as many jobs as"
		noun = strings.Join(n[1:], " ")
	}
	a = strings.Join(strings.Fields(how+" "+aux+" "+subj+" "+noun), " ")
	if w := strings.Fields(other); len(w) <= 2 {
		// "than the city": B borrows A's verb ("did the city give")
		other = strings.Join(append(w, e.predicateOf(strings.Fields(subj))...), " ")
		b = strings.Join(strings.Fields(how+" "+aux+" "+other+" "+noun), " ")
	} else {
		b = how + " " + invertedClause(other, aux)
	}
	return a, b, want, true
}

// wordNumberLike reports whether a word is a spelled number ("more than
// two dozen", "as many as twelve").
func wordNumberLike(w string) bool {
	_, _, ok := wordNumber(w)
	return ok || w == "a" || w == "an" || w == "half" || w == "twice"
}

// predicateOf is the words of "A give" from its verb on: the first word
// after the first that can be a verb.
func (e *Engine) predicateOf(w []string) []string {
	for i := 1; i < len(w); i++ {
		if e.canBe(w[i], "verb") || !e.noLex && e.lex.Lemma(w[i]) != "" {
			return w[i:]
		}
	}
	return nil
}

// figureCompared answers a yes/no comparison of two figures.
func (e *Engine) figureCompared(q *query) (reply, bool) {
	qa, qb, want, ok := e.comparedSides(q.raw)
	if !ok || q.negated {
		return reply{}, false
	}
	x, sx, okA := e.sideFigure(qa)
	y, sy, okB := e.sideFigure(qb)
	if !okA || !okB || x.kind != y.kind || x.unit != "" && y.unit != "" && x.unit != y.unit || sx == sy && x.tok == y.tok {
		return reply{}, false
	}
	yes := x.value > y.value
	switch want {
	case "less":
		yes = x.value < y.value
	case "as":
		yes = x.value >= y.value
	}
	verdict := "No"
	if yes {
		verdict = "Yes"
	}
	used := []*sentence{sx}
	if sy != sx {
		used = append(used, sy)
	}
	return reply{found: true, head: fmt.Sprintf("%s — %s against %s.", verdict, x.text, y.text), used: used}, true
}

// sideFigure is the figure that answers one side's question, and its
// sentence.
func (e *Engine) sideFigure(text string) (quantity, *sentence, bool) {
	return e.queryFigure(e.understand(text, nil))
}

// queryFigure is the figure that answers a how-much or how-many query,
// and its sentence.
func (e *Engine) queryFigure(q *query) (quantity, *sentence, bool) {
	n, s, ok := e.figureAnswered(q)
	if !ok || e.figureOwn(q, s, n) {
		return n, s, ok
	}
	return e.coordinateFigure(q, s, n)
}

// coordinatorBetween reports whether "and" or "or" stands strictly
// between tokens i and j of s.
func coordinatorBetween(s *sentence, i, j int) bool {
	for k := min(i, j) + 1; k < max(i, j); k++ {
		if w := s.toks[k].lower; w == "and" || w == "or" {
			return true
		}
	}
	return false
}

// coordinateFigure is the figure of the side's own subject among the
// coordinated figures of n's sentence: "14.6 inches in Southport and 11
// inches in Wilmington" gives each place its figure in its own
// coordinated phrase (Quirk et al. §13.5 on coordinated phrases sharing
// one verb), so when the figure found first is another's, the one of the
// same kind and unit told of the subject answers.
func (e *Engine) coordinateFigure(q *query, s *sentence, n quantity) (quantity, *sentence, bool) {
	for _, o := range s.nums {
		if o.tok != n.tok && o.kind == n.kind && o.unit == n.unit && o.text != "" && e.figureOwn(q, s, o) {
			return o, s, true
		}
	}
	return quantity{}, nil, false
}

// figureOwn reports whether figure n of s belongs to the side's subject:
// the subject (its entity, or else its first term but the counted noun) is named nearer the
// figure than any other capitalised word of s, as a figure is told of the
// participant of its own clause; a word across "and"/"or" from the figure
// stands in another conjunct, farther than any of the figure's own ("14.6
// inches in Southport and 11 inches in Wilmington"). "… to its factory in Greer, which will
// add about 150 jobs" gives no figure of Saltillo, named before it.
func (e *Engine) figureOwn(q *query, s *sentence, n quantity) bool {
	mine, other := e.ownDistance(q, s, n)
	return mine < other && !e.nearerFigure(q, s, n, mine)
}

// ownDistance is how far, in tokens, the side's subject and the nearest
// other capitalised word stand from figure n of s (figureOwn).
func (e *Engine) ownDistance(q *query, s *sentence, n quantity) (mine, other int) {
	subj, ok := clauseSubjectWord(q) // the word after the operator: "did the city put"
	for _, t := range q.terms {
		if ok {
			break
		}
		if n.end == 0 || n.end > len(s.toks) || !t.matches(s.toks[n.end-1]) {
			subj = t // else the first term that is not the counted noun
			break
		}
	}
	own := func(i int) bool {
		for _, x := range q.subjects {
			if e.formAt(s, x, i) > 0 || e.endsAt(s, x, i) || subjectPronouns[s.toks[i].lower] && contains(s.refs, x) && !contains(s.named, x) {
				return true // "She raised about $380,000": the pronoun the reading resolved to the subject
			}
		}
		return len(q.subjects) == 0 && subj.lower != "" && subj.matches(s.toks[i])
	}
	mine, other = 1<<30, 1<<30
	for i, t := range s.toks {
		d := max(i-n.tok, n.tok-i)
		if coordinatorBetween(s, i, n.tok) {
			d += len(s.toks) // a word of another conjunct is farther than any of the figure's own
		}
		switch {
		case own(i):
			mine = min(mine, d)
		case t.cap && i > 0:
			other = min(other, d)
		}
	}
	return mine, other
}
