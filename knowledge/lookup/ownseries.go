package lookup

import "strings"

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
	if n.tok == 0 || !possessiveAt(s, n.tok-1) || len(q.subjects) != 1 || n.end+2 >= len(s.toks) {
		return false
	}
	if s.toks[n.end].lower != "of" || !determiners[s.toks[n.end+1].lower] && !possessivePronouns[s.toks[n.end+1].lower] {
		return false
	}
	return seriesSpans[singular(s.toks[n.end+2].lower)] && e.numberOwner(s, n.tok) == q.subjects[0]
}

// possessiveAt reports whether token k of s is a genitive: written with
// 's, or a name in -s followed by a bare apostrophe ("Reyes' 34th goal",
// AP Stylebook, "possessives"), which the tokens leave outside the word.
func possessiveAt(s *sentence, k int) bool {
	t := s.toks[k]
	rest := s.text[t.end:]
	return t.poss || strings.HasSuffix(t.lower, "s") && (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’"))
}
