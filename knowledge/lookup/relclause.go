package lookup

import "slices"

// Relative clauses in descriptions (part of stage 2): "the fire official
// who talked about bell's fire", "the student who testified", "the guy
// whose suv burned". A restrictive relative clause picks out which of the
// people the head noun could describe is meant (Quirk et al., §17.3), by
// what that person did or had, which the article tells in the sentences
// about them rather than in the words that introduce them. So the
// clause's words are looked for in the sentences that name the person or
// refer to them, and a person none of whose sentences holds most of the
// clause's words is not the one it restricts.

// relativeAfter returns the token indexes of a relative clause that opens
// right after token i ("who", "whom", "that", or "whose" and its noun)
// and runs to the question's end or to a coordinator that opens another
// clause; nil when there is none.
func (e *Engine) relativeAfter(toks []token, i int) []int {
	if i+2 >= len(toks) || !relativePronouns[toks[i+1].lower] && toks[i+1].lower != "whose" {
		return nil
	}
	var out []int
	for k := i + 2; k < len(toks) && !clauseEnders[toks[k].lower]; k++ {
		out = append(out, k)
	}
	return out
}

// clauseEnders close a relative clause in a question: the coordinators
// (Quirk et al., §13.2), which join a further clause or question.
var clauseEnders = set("and", "or", "but")

// clauseFit counts the words of the description's relative clause held by
// the sentence about x that holds most of them: of two people the head
// and modifiers fit, the one the clause tells of. It never rules a person
// out, since the article may tell the act in other words ("opponents
// argued" for "the dem who fought it"); a word it never uses
// ("testified") or knows only one WordNet link away counts for no one.
func (e *Engine) clauseFit(x int, d *description) int {
	if len(d.clause) == 0 {
		return 0
	}
	var words []term
	var ents []int
	for _, k := range d.clause {
		t := d.toks[k]
		switch {
		case d.names[k]:
			if ys, _ := e.entitiesIn(d.toks[k : k+1]); len(ys) > 0 && !slices.Contains(ents, ys[0]) {
				ents = append(ents, ys[0])
			}
		case !stopWords[t.lower] && !chatWords[t.lower] && !lightVerbs[t.lower] && !genericSpeech[t.lower]:
			if tm := e.meaning(d.toks, k); tm.known && !tm.weak {
				words = append(words, tm)
			}
		}
	}
	best := 0
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !s.mentions(x) {
			continue
		}
		n := 0
		from := e.reportedBefore(s, x) // "A woman was hurt, Chief Krupa said": not what Krupa did (reportedintro.go)
		for _, tm := range words {
			if from == 0 && s.hasTerm(tm) || from > 0 && slices.ContainsFunc(s.toks[from:], tm.matches) {
				n++
			}
		}
		for _, y := range ents {
			if s.mentions(y) {
				n++
			}
		}
		best = max(best, n)
	}
	return best
}

// clauseNames reports whether the description's relative clause names x
// by a word of one of x's names: the clause tells of the one described
// through what it says of something else ("whose montauk burned"), so
// what it names is not that one.
func (e *Engine) clauseNames(x int, d *description) bool {
	for _, k := range d.clause {
		for _, f := range e.r.ents[x].forms {
			if slices.Contains(f, d.toks[k].lower) {
				return true
			}
		}
	}
	return false
}

// clauseSaid reports whether the article uses every content word of the
// clause at clause, in some form or synonym.
func (e *Engine) clauseSaid(toks []token, clause []int, names map[int]bool) bool {
	for _, k := range clause {
		if !names[k] && !stopWords[toks[k].lower] && !chatWords[toks[k].lower] && unsaid(e.meaning(toks, k)) {
			return false
		}
	}
	return true
}
