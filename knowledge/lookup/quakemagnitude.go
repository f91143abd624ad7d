package lookup

import (
	"slices"
	"strings"
)

// Stage 4, extraction: the strength or size of an earthquake is its
// magnitude. Seismologists measure an earthquake by the magnitude of
// the energy it releases (U.S. Geological Survey, "Earthquake Magnitude,
// Energy Release, and Shaking Intensity"), and news writing gives it so
// ("A magnitude 6.8 earthquake struck"; AP Stylebook, "earthquakes": use
// "magnitude", and the figure, for an earthquake's size). So "how
// strong", "how big", "how powerful" or "what magnitude" asked of a noun
// WordNet 3.0 files under earthquake ("quake", "temblor", "aftershock")
// asks the figure after "magnitude" that the asked noun heads, of the
// story's own quake before one a paragraph of history tells
// (earlierOccasion), as windforce.go reads "how strong" of a wind as its
// speed.

// quakeSizeCue asks the size or strength of a thing.
var quakeSizeCue = lazyRE(`\b(?:how (?:strong|big|large|powerful|bad|severe)|what (?:magnitude|size)|what was the magnitude|what magnitude)\b`)

// quakeMagnitude answers the magnitude of the earthquake q asks about;
// ok is false when q asks no earthquake's size, or the article gives no
// magnitude of it.
func (e *Engine) quakeMagnitude(q *query) (reply, bool) {
	if e.noLex || !quakeSizeCue.MatchString(strings.ToLower(q.raw)) || !slices.ContainsFunc(q.toks, e.isQuakeNoun) {
		return reply{}, false
	}
	var asked []term // the question's quake nouns: "quake", "aftershock"
	for _, t := range q.terms {
		if e.isQuakeNoun(token{lower: t.lower}) {
			asked = append(asked, t)
		}
	}
	heads := func(s *sentence, k int) bool { // the asked noun heads the figure: "a magnitude 6.8 earthquake"
		return k < len(s.toks) && slices.ContainsFunc(asked, func(t term) bool {
			return t.matches(s.toks[k]) || slices.Contains(e.lex.Synonyms(t.lower), singular(s.toks[k].lower)) // "temblor" for "quake"
		})
	}
	var years []string // "the 1997 quake": that year's
	for _, t := range q.toks {
		if yearOf(t) > 0 {
			years = append(years, t.lower)
		}
	}
	has := func(s *sentence) bool { return magnitudeAt(s, 0) >= 0 && e.inYears(s, years) }
	own, earlier := e.splitEarlierOccasions(q, e.rank(q, has))
	cands := append(own, earlier...)
	for _, headed := range []bool{true, false} {
		for _, c := range cands {
			s := &e.r.sents[c.s]
			for k := magnitudeAt(s, 0); k >= 0; k = magnitudeAt(s, k+1) {
				if headed && heads(s, k+2) || !headed && !(k+2 < len(s.toks) && e.isQuakeNoun(s.toks[k+2])) && namedBefore(s, k, heads) {
					// or a figure no other quake noun heads, after the asked noun: "11 aftershocks followed, the strongest a magnitude 5.1"
					return reply{found: true, head: "Magnitude " + s.toks[k+1].text + ".", used: []*sentence{s}}, true
				}
			}
		}
	}
	return reply{}, false
}

// magnitudeAt is the first token from k on that is "magnitude" followed
// by a figure, or -1.
func magnitudeAt(s *sentence, k int) int {
	for ; k+1 < len(s.toks); k++ {
		if s.toks[k].lower == "magnitude" && isNumeric(s.toks[k+1]) {
			return k
		}
	}
	return -1
}

// isQuakeNoun reports whether t is a noun WordNet files under earthquake.
func (e *Engine) isQuakeNoun(t token) bool {
	l := singular(t.lower)
	return !stopWords[l] && (l == "earthquake" || e.lex.KindOf(l, "earthquake"))
}

// namedBefore reports whether some token before k satisfies at.
func namedBefore(s *sentence, k int, at func(*sentence, int) bool) bool {
	for i := range k {
		if at(s, i) {
			return true
		}
	}
	return false
}
