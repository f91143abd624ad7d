package lookup

import (
	"strings"

	"storybot/knowledge"
)

// A possessive before an ordinal places the noun in its owner's series
// (Quirk et al. 1985, §6.66, ordinal numerals; §5.115, the genitive as
// determiner), and an of-phrase naming a span after it bounds the series
// in time: "Reyes' 34th goal of the season" is his 34th since the
// season began, counting itself, so it tells how many goals Reyes has
// this season. Without the span ("her second goal") the series may be
// the game's, and the ordinal counts nothing a reader asks.

// seriesSpans are the nouns of a span an ordinal's series runs over.
var seriesSpans = set("season", "year", "career", "campaign", "tournament", "postseason", "playoffs")

// ownSeries reports whether ordinal n of s is a possessive's ordinal of
// the person or team q asks about, bounded by an of-phrase of a span:
// "Reyes' 34th goal of the season" for "how many goals does Reyes have".
func (e *Engine) ownSeries(q *query, s *sentence, n quantity) bool {
	if n.tok == 0 || !possessiveAt(s, n.tok-1) && !possessiveDeterminers[s.toks[n.tok-1].lower] || len(q.subjects) != 1 || n.end+1 >= len(s.toks) {
		return false
	}
	switch {
	case s.toks[n.end].lower == "since":
		// "his fourth home run since being called up": "since" opens the span (Quirk et al., §9.42)
	case n.end+2 >= len(s.toks) || s.toks[n.end].lower != "of" || !determiners[s.toks[n.end+1].lower] && !possessivePronouns[s.toks[n.end+1].lower]:
		return false
	case !seriesSpans[singular(s.toks[n.end+2].lower)]:
		return false
	}
	return e.numberOwner(s, n.tok) == q.subjects[0] || possessiveDeterminers[s.toks[n.tok-1].lower] && e.possessorOf(s, n.tok-1) == q.subjects[0]
}

// possessorOf is the person a possessive determiner at token k of s
// stands for: the one person the sentence names before it, as its clause
// subject names it ("Cal Raleigh hit his 38th homer"), or, with no name
// before it, the one person the sentence refers to; -1 otherwise.
func (e *Engine) possessorOf(s *sentence, k int) int {
	var before []int
	for _, x := range s.named {
		if e.r.ents[x].kind == knowledge.Person && e.position(s, x) < k {
			before = append(before, x)
		}
	}
	if len(before) == 1 {
		return before[0]
	}
	if len(before) == 0 && len(s.refs) == 1 && e.r.ents[s.refs[0]].kind == knowledge.Person {
		return s.refs[0]
	}
	return -1
}

// possessiveAt reports whether token k of s is a genitive: written with
// 's, or a name in -s followed by a bare apostrophe ("Reyes' 34th goal",
// AP Stylebook, "possessives"), which the tokens leave outside the word.
func possessiveAt(s *sentence, k int) bool {
	t := s.toks[k]
	rest := s.text[t.end:]
	return t.poss || strings.HasSuffix(t.lower, "s") && (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’"))
}
