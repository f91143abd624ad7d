package lookup

import (
	"strings"

	"storybot/knowledge"
)

// What a maker makes (part of stage 4, what-questions). News copy names a
// business by what it makes with a compound in "maker", closed or open
// ("Chipmaker Arcturo", "Pellworth Foods, the snack maker,"; AP
// Stylebook: "automaker", "drugmaker", "chipmaker" as one word), and the
// compound's first part is the product (Quirk et al. 1985, App. I.57,
// compounds of the object-and-agent type: a chipmaker makes chips), or
// by "the maker of" and the product. So "what does Arcturo make" is
// answered by the compound written right before the company's name or in
// apposition after it.

// makesAsked matches "what does X make" and its verbs of making goods.
var makesAsked = lazyRE(`^\W*what\s+(?:does|do|did)\s+.+?\s+(?:make|produce|manufacture)\W*$`)

// makerProduct answers "what does X make" from a maker compound tied to
// the organisation the question names.
func (e *Engine) makerProduct(q *query) (reply, bool) {
	if e.noLex || len(q.subjects) != 1 || e.r.ents[q.subjects[0]].kind != knowledge.Organisation || !makesAsked.MatchString(strings.ToLower(q.raw)) {
		return reply{}, false
	}
	x := q.subjects[0]
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k := range s.toks {
			if of := makerOf(s, k); of != "" && e.apposedAfterName(s, x, k) {
				return reply{found: true, head: capitalise(of) + ".", used: []*sentence{s}}, true // "Harbor Foods, the maker of Lakeview frozen dinners,"
			}
			product := e.makerProductAt(s, k)
			if product == "" {
				continue
			}
			if e.formAt(s, x, k+1) > 0 || e.apposedAfterName(s, x, k) {
				return reply{found: true, head: capitalise(pluralNoun(product)) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// makerOf is the product an of-phrase after "maker" at token k of s
// names ("the maker of Lakeview frozen dinners"): the agent noun's
// of-phrase is its verb's object (Quirk et al. 1985, §17.51, the
// objective of-phrase), up to the clause's punctuation and at most six
// words; "" when k is no "maker of".
func makerOf(s *sentence, k int) string {
	if w := s.toks[k].lower; w != "maker" && w != "makers" || k+2 >= len(s.toks) || s.toks[k+1].lower != "of" {
		return ""
	}
	end := k + 2
	for end+1 < len(s.toks) && end+1 <= k+7 && !punctuatedBetween(s.text, s.toks, end+1) && !prepositions[s.toks[end+1].lower] && s.toks[end+1].lower != "that" && s.toks[end+1].lower != "which" {
		end++
	}
	return s.text[s.toks[k+2].start:s.toks[end].end]
}

// makerProductAt is the product of a maker compound at token k of s
// ("chipmaker": chip; "snack maker", k at "maker": snack), or "".
func (e *Engine) makerProductAt(s *sentence, k int) string {
	w := s.toks[k].lower
	switch {
	case w == "maker" || w == "makers":
		if k > 0 && !s.toks[k-1].cap && spaced(s, k-1, k) && e.canBe(s.toks[k-1].lower, "noun") && !stopWords[s.toks[k-1].lower] {
			return s.toks[k-1].lower
		}
	case strings.HasSuffix(w, "maker") && len(w) > len("maker")+2:
		p := strings.TrimSuffix(strings.TrimSuffix(w, "maker"), "-")
		if e.canBe(p, "noun") {
			return p
		}
	}
	return ""
}

// apposedAfterName reports whether the noun phrase holding token k is an
// appositive right after a mention of x: a comma after the name, then up
// to four words to k ("Pellworth Foods, the snack maker,").
func (e *Engine) apposedAfterName(s *sentence, x, k int) bool {
	for i := max(0, k-6); i < k; i++ {
		n := e.formAt(s, x, i)
		if n == 0 || i+n > k || !commaBetween(s, i+n-1, i+n) {
			continue
		}
		if k-(i+n) <= 4 && !strings.ContainsAny(s.text[s.toks[i+n].start:s.toks[k].start], ",;") {
			return true
		}
	}
	return false
}

// pluralNoun is the regular plural of a count noun (Quirk et al. 1985,
// §5.83): -es after a sibilant, -ies after a consonant and y, else -s.
func pluralNoun(w string) string {
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
