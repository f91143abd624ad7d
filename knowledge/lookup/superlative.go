package lookup

import (
	"slices"
	"strings"
)

// Superlatives in yes/no questions (part of stage 4): "is this the biggest
// recall ever" asks whether the thing stands above all others of its kind.
// Only a sentence that ranks it so, with a superlative of its own
// ("the largest in the company's history"), can say yes; a sentence that
// merely mentions the act ("Halvard recalled 96,000 cars") says nothing
// of rank (Quirk et al., §7.74–7.82 on comparison; §5.72 on the
// superlative's unique reference).

// irregularSuperlatives are the superlatives English does not form with
// -est (Quirk et al., §7.82: good, bad); "most" and "least" are left out,
// as they are as often quantifiers ("did most workers vote", "at least").
var irregularSuperlatives = set("best", "worst")

// superlativeBase is the adjective a superlative grades ("largest" →
// large, "biggest" → big, "best" → good), or "" when w is none: an
// irregular one, or an adjective in -est (not also a noun: "forest",
// "interest") whose base without the ending, or with its e, its doubled
// consonant or its y restored, is an adjective.
func (e *Engine) superlativeBase(w string) string {
	if irregularSuperlatives[w] {
		return w
	}
	if e.noLex || len(w) < 6 || !strings.HasSuffix(w, "est") || !e.canBe(w, "adj") || e.canBe(w, "noun") && e.lex.Lemma(w) == "" {
		return ""
	}
	b := w[:len(w)-3]
	bases := []string{b, b + "e"}
	if n := len(b); b[n-1] == b[n-2] {
		bases = append(bases, b[:n-1]) // "biggest"
	}
	if strings.HasSuffix(b, "i") {
		bases = append(bases, b[:len(b)-1]+"y") // "happiest"
	}
	for _, x := range bases {
		if len(x) >= 3 && e.canBe(x, "adj") {
			return x
		}
	}
	return ""
}

// askedSuperlatives is the adjectives the question's superlatives grade.
func (e *Engine) askedSuperlatives(q *query) []string {
	var out []string
	for _, t := range q.toks {
		if b := e.superlativeBase(t.lower); b != "" {
			out = append(out, b)
		}
	}
	return out
}

// ranksAlike reports whether s holds a superlative grading one of the
// adjectives asked, or a WordNet synonym of one ("largest" for "biggest"):
// a superlative of another quality ("oldest") ranks along another scale.
func (e *Engine) ranksAlike(s *sentence, asked []string) bool {
	for _, t := range s.toks {
		if b := e.superlativeBase(t.lower); b != "" && e.gradesAlike(b, asked) {
			return true
		}
	}
	return false
}

// gradesAlike reports whether adjective b is one of the adjectives asked
// or a WordNet synonym of one.
func (e *Engine) gradesAlike(b string, asked []string) bool {
	for _, a := range asked {
		if a == b || slices.Contains(e.lex.Synonyms(a), b) || slices.Contains(e.lex.Synonyms(b), a) {
			return true
		}
	}
	return false
}

// holdsSuperlative reports whether s holds a superlative of any quality.
func (e *Engine) holdsSuperlative(s *sentence) bool {
	for _, t := range s.toks {
		if e.superlativeBase(t.lower) != "" {
			return true
		}
	}
	return false
}
