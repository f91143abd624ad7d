package lookup

import "slices"

// A superlative the article gives another (part of stage 4, yes and no).
// "Is Linden Falls the largest city" of "Harlan City remained the largest
// city": a superlative has unique reference, one thing alone ranks first
// (Quirk et al., §5.72), so a sentence that says another is the largest
// answers no. The superlative is the other's when it completes a copula
// ("is", "remained", "became": the current and resulting copular verbs,
// Quirk et al. 1985, ch. 16) whose subject, the entity named nearest
// before it outside the dateline, is not the one asked about.

// copularVerbs are the finite and nonfinite forms of the copulas that
// predicate a superlative noun phrase of their subject.
var copularVerbs = set("is", "was", "are", "were", "be", "been", "remains", "remained", "remain",
	"becomes", "became", "become", "stays", "stayed", "stay")

// superlativeOfOther reports whether s predicates a superlative grading
// one of the adjectives asked (or a synonym) of an entity other than the
// subject q asks it of.
func (e *Engine) superlativeOfOther(q *query, s *sentence, asked []string) bool {
	if len(asked) == 0 || !e.predicatesSuperlative(q) || len(q.subjects) == 0 && len(e.nameTerms(q)) == 0 {
		return false
	}
	if len(e.nameTerms(q)) == 0 && e.onlyDomainNamed(q) {
		return false // "is it the longest in Missouri": Missouri bounds the superlative, it holds nothing
	}
	for k, t := range s.toks {
		if b := e.superlativeBase(t.lower); b == "" || !e.gradesAlike(b, asked) {
			continue
		}
		v := k - 1
		if v >= 0 && s.toks[v].lower == "the" {
			v--
		}
		if v < 0 || !copularVerbs[s.toks[v].lower] {
			continue
		}
		if e.otherHolder(q, s, v) {
			return true
		}
	}
	return false
}

// otherHolder reports whether the subject of the copula at token v of s
// is someone or something other than the question asks about: an entity
// not among its subjects, or, where no entity is named there, a
// capitalised word the article writes only as a name (one the entities
// miss, "Fallon remained the largest city") that the question does not
// use.
func (e *Engine) otherHolder(q *query, s *sentence, v int) bool {
	if h := e.namedBefore(s, v); h >= 0 {
		return !slices.Contains(q.subjects, h)
	}
	k := capitalBefore(s, v)
	if k < 0 || e.r.plain[s.toks[k].lower] {
		return false // "The recall is the largest": no name before the copula
	}
	w := s.toks[k].lower
	return !slices.ContainsFunc(q.toks, func(t token) bool { return t.lower == w })
}

// nameTerms are the words of q the article writes only capitalised, as
// names ("tamsin" for "Tamsin").
func (e *Engine) nameTerms(q *query) []string {
	var out []string
	for _, t := range q.terms {
		if e.r.words[t.lower] && !e.r.plain[t.lower] && !stopWords[t.lower] {
			out = append(out, t.lower)
		}
	}
	return out
}

// predicatesSuperlative reports whether q asks whether its subject is
// the one a superlative picks out: "is X the largest city", a copula
// first (after chat's framing), then the subject, then "the" and the
// superlative ("is the largest city growing" asks something else of
// the largest city).
func (e *Engine) predicatesSuperlative(q *query) bool {
	i := 0
	for i < len(q.toks) && chatWords[q.toks[i].lower] {
		i++ // "hey is X the largest": chat's framing
	}
	if i >= len(q.toks) || !copulaForms[q.toks[i].lower] {
		return false
	}
	for j := i + 3; j < len(q.toks); j++ {
		if q.toks[j-1].lower == "the" && e.superlativeBase(q.toks[j].lower) != "" {
			return true
		}
	}
	return false
}

// namedBefore is the entity named nearest before token at of s, outside
// its dateline, or -1.
func (e *Engine) namedBefore(s *sentence, at int) int {
	best, bestAt := -1, datelineEnd(s)-1
	for _, p := range s.named {
		if k := e.lastPosition(s, p, at); k > bestAt {
			best, bestAt = p, k
		}
	}
	return best
}

// onlyDomainNamed reports whether every entity q names stands after "in"
// or "of" after its superlative: the prepositional phrase that bounds a
// superlative's comparison ("the longest in Missouri", "the largest of
// the states"; Quirk et al. 1985, §7.83), not the one it is predicated
// of.
func (e *Engine) onlyDomainNamed(q *query) bool {
	for i, t := range q.toks {
		if e.superlativeBase(t.lower) == "" && t.lower != "most" {
			continue
		}
		for j := i + 1; j < len(q.toks) && j <= i+3; j++ {
			if w := q.toks[j].lower; w != "in" && w != "of" {
				continue
			}
			domain, _ := e.entitiesIn(q.toks[j+1:])
			return len(domain) > 0 && !slices.ContainsFunc(q.subjects, func(x int) bool { return !slices.Contains(domain, x) })
		}
	}
	return false
}
