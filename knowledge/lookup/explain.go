package lookup

import (
	"fmt"
	"slices"
	"strings"

	"storybot/knowledge"
)

// typeNames name the answer types for Explain.
var typeNames = map[answerType]string{tPassage: "passage", tPerson: "person", tPlace: "place",
	tTime: "time", tCount: "count", tAmount: "amount", tPercent: "percent", tAge: "age",
	tScore: "score", tReason: "reason", tQuote: "quotation", tYesNo: "yes/no",
	tDescribe: "description", tChoice: "choice", tTitle: "headline", tCaption: "caption",
	tCredit: "photo credit", tQuoted: "who is quoted", tSummary: "summary", tByline: "byline", tParty: "party",
	tPublished: "publication date", tOrder: "before or after", tWhoSaid: "who said",
	tWhich: "which", tValue: "value", tName: "name", tTimeline: "timeline",
	tEventsAt: "events at a time", tFrequency: "frequency", tManner: "manner"}

// Explain says how the engine reads a question and which sentences it
// ranks best, for a reader or developer asking why an answer was given:
// the answer type, the entities, the terms with their weights and the
// words the article uses for them, and the top candidates with their
// coverage, and the stage that decided the reply (refusals included, so
// a refusal can be traced to where it was made). It never fails; an
// empty question explains nothing.
func (e *Engine) Explain(question string, history []knowledge.Turn) string {
	var b strings.Builder
	text := cleanQuestion(question)
	if len(tokenize(text)) == 0 {
		return ""
	}
	parts, compared := e.questionParts(text, history)
	qs := e.comparedQueries(parts, compared, history)
	solved := e.comparedQueries(parts, compared, history) // solving may refine a query; rank the unsolved one
	for i, part := range parts {
		if part == thisStory {
			fmt.Fprintf(&b, "part %d: the story's own subject (the lead)\n", i+1)
			continue
		}
		q := qs[i]
		fmt.Fprintf(&b, "part %d: %q\n  type: %s", i+1, part, typeNames[q.typ])
		if len(q.focus) > 0 {
			fmt.Fprintf(&b, " (counting %s)", strings.Join(q.focus, " "))
		}
		b.WriteString("\n")
		for _, x := range q.subjects {
			fmt.Fprintf(&b, "  entity: %s (%s)\n", e.a.Entities[x].Name, e.a.Entities[x].Kind)
		}
		for _, t := range q.terms {
			state := "in the article"
			switch {
			case !t.known:
				state = "not in the article"
			case len(t.alts) > 0 || len(t.phrases) > 0:
				says := slices.Clone(t.alts)
				for _, p := range t.phrases {
					says = append(says, strings.Join(p, " "))
				}
				state = "the article says " + strings.Join(says, ", ")
			}
			fmt.Fprintf(&b, "  term: %s, weight %.2f, %s\n", t.lower, t.weight, state)
		}
		for k, c := range e.rank(q, nil) {
			if k == 3 {
				break
			}
			s := &e.r.sents[c.s]
			fmt.Fprintf(&b, "  candidate %s: score %.2f, holds %.0f%% of the terms, %d of %d entities, answers: %v\n    %s\n",
				where(s), c.score, 100*c.coverage, c.subjects, len(q.subjects), e.holds(q, c), s.text)
			e.explainNumbers(&b, q, c)
		}
		r, via := e.solveVia(solved[i])
		verdict := "answered"
		if !r.found {
			verdict = "refused"
		}
		fmt.Fprintf(&b, "  decided by: %s (%s)\n", via, verdict)
	}
	return b.String()
}

// explainNumbers writes, for a question of a figure, how each number of
// candidate c fares: ruled out, not fitting the question (numberFits), or
// scored. It reads the question as ranked, before quantityOf refines it,
// so a figure a refinement finds ("from 312 submissions") may show as
// not fitting.
func (e *Engine) explainNumbers(b *strings.Builder, q *query, c candidate) {
	if q.typ != tCount && q.typ != tAmount && q.typ != tPercent {
		return
	}
	s := &e.r.sents[c.s]
	kinds, acts := e.kindsAsked(q), e.actsOf(q)
	for _, n := range s.nums {
		verdict := "ruled out (not asked, another's figure, or denied)"
		if !e.ruledOut(q, c, s, n, kinds, acts) {
			act := e.countAct(q, s, n, acts)
			unit := e.unitOf(q, c, s, n, kinds, act)
			verdict = fmt.Sprintf("does not fit (unit %d, act %.0f)", unit, act)
			if p, ok := e.scoreNumber(q, c, s, n, kinds, acts); ok {
				verdict = fmt.Sprintf("score %.2f (unit %d, act %.0f)", p.score, unit, act)
			}
		}
		fmt.Fprintf(b, "      number %q: %s\n", s.text[s.toks[n.tok].start:s.toks[n.tok].end], verdict)
	}
}
