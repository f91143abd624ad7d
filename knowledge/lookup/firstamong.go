package lookup

import (
	"fmt"
	"slices"
	"strings"
)

// firstAmong answers "which chamber passed it first": a which-question
// whose clause ends in the adverb "first" or "last" asks which of the
// act's occasions comes earliest or latest in time (Quirk et al., A
// Comprehensive Grammar, 8.59: "first" and "last" as time-relationship
// adverbs). The question's kind noun ("chamber") is what is chosen, so
// the act alone finds the occasions: every dated sentence that holds the
// act's words; the article's timeline orders them, and the winner must
// name the kind.
func (e *Engine) firstAmong(q *query) (reply, bool) {
	kind, order, ok := orderedWhich(q)
	if !ok {
		return reply{}, false
	}
	act := *q
	act.terms = nil
	kindTerm := &term{lower: kind, stem: stemOf(kind)}
	for k, t := range q.terms {
		switch t.lower {
		case order:
		case kind:
			kindTerm = &q.terms[k]
		default:
			act.terms = append(act.terms, t)
		}
	}
	if len(act.terms) == 0 {
		return reply{}, false
	}
	type occasion struct {
		s    *sentence
		when string
		at   int
	}
	var occs []occasion
	dated := func(s *sentence) bool { return len(s.times) > 0 }
	for _, c := range e.rank(&act, dated) {
		if c.coverage < 0.99 || c.subjects < len(q.subjects) {
			continue
		}
		s := &e.r.sents[c.s]
		if !namedDoer(s, c.matched, *kindTerm) {
			continue // "he spoke": which one of the kind did it, the sentence does not name
		}
		_, w, _ := e.timeOf(s, c.matched)
		if !e.spanNear(s, w, c.matched, 40) {
			continue // the time dates another act of the sentence
		}
		at := e.eventIndex(s, w)
		if at < 0 {
			return reply{}, false // an occasion off the timeline cannot be placed
		}
		occs = append(occs, occasion{s, w, at})
	}
	if len(occs) < 2 {
		return reply{}, false
	}
	win := 0
	for k, o := range occs {
		if order == "first" && o.at < occs[win].at || order == "last" && o.at > occs[win].at {
			win = k
		}
	}
	for k, o := range occs {
		if k != win && o.at == occs[win].at {
			return reply{}, false // a tie orders nothing
		}
	}
	w := occs[win]
	who := capitalise(order) // the cited sentence names the one chosen
	if named := termAt(w.s, *kindTerm); len(named) > 0 {
		who = capitalise(namePhrase(w.s, named[0])) + " " + order
	}
	used := []*sentence{w.s}
	var others []string
	for k, o := range occs {
		if k != win {
			used = append(used, o.s)
			others = append(others, o.when)
		}
	}
	rel := "before"
	if order == "last" {
		rel = "after"
	}
	head := fmt.Sprintf("%s (%s), %s %s.", who, w.when, rel, strings.Join(others, ", "))
	return reply{found: true, head: head, used: used}, true
}

// orderedWhich finds "which N … first/last": the kind noun after the
// interrogative and the order adverb that ends the clause.
func orderedWhich(q *query) (kind, order string, ok bool) {
	var words []string
	for _, t := range q.toks {
		words = append(words, t.lower)
	}
	words = dropChat(words)
	if len(words) < 4 || words[0] != "which" && words[0] != "what" {
		return "", "", false
	}
	last := words[len(words)-1]
	if last != "first" && last != "last" {
		return "", "", false
	}
	if stopWords[words[1]] || auxiliaries[words[1]] || timeComparatives[words[1]] {
		return "", "", false // "what was first", "which came first" name no kind
	}
	return words[1], last, true
}

// namePhrase is the noun phrase ending at token k: the capitalised words
// and the article "the" before it ("The House").
func namePhrase(s *sentence, k int) string {
	i := k
	for i > 0 && (s.toks[i-1].cap || s.toks[i-1].lower == "the") {
		i--
	}
	return s.text[s.toks[i].start:s.toks[k].end]
}

// namedDoer reports whether the first matched word of s has its doer named
// just before it, as an English subject stands before its verb: a name
// ("the state Senate passed") or the kind's own word.
func namedDoer(s *sentence, matched []int, kind term) bool {
	if len(matched) == 0 {
		return false
	}
	m := slices.Min(matched)
	if m == 0 {
		return false
	}
	p := s.toks[m-1]
	return p.cap && !stopWords[p.lower] || kind.matches(p)
}
