package lookup

import (
	"slices"
	"strings"
)

// An adjective the question uses in its plain form may stand in the
// article only compared: "how low did the stock go" of "its lowest level
// in more than three years". The comparative and superlative inflections
// (-er, -est, with the spelling changes of Quirk et al. 1985, §7.74–7.82)
// are forms of the one adjective, as a plural is of its noun, but the
// stemmer keeps "lowest" apart from "low".

// gradedKnown returns the stems of the article's comparatives and
// superlatives of w ("lower", "lowest" for low), when w can be an
// adjective; none otherwise. A word in -er that is also a noun is read as
// the noun ("cleaner", "dryer"), as superlativeBase reads one in -est.
// The answer is kept (shared: not to be changed).
func (e *Engine) gradedKnown(w string) []string {
	return e.graded.get(w, e.findGraded)
}

// findGraded is gradedKnown without the cache.
func (e *Engine) findGraded(w string) []string {
	if e.noLex || stopWords[w] || !e.canBe(w, "adj") {
		return nil
	}
	var out []string
	for v := range e.r.vocab {
		if !strings.HasPrefix(v, w[:len(w)-1]) || !strings.HasSuffix(v, "est") && !strings.HasSuffix(v, "er") {
			continue // a graded form keeps its base but for a final y or e
		}
		if (e.superlativeBase(v) == w || e.comparativeBase(v) == w && !e.canBe(v, "noun")) && !slices.Contains(out, stemOf(v)) {
			out = append(out, stemOf(v))
		}
	}
	slices.Sort(out) // the vocabulary is a map: one order for every run
	return out
}
