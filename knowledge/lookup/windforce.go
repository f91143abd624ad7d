package lookup

import (
	"slices"
	"strings"
)

// The strength of a wind is its speed: the Beaufort wind force scale
// (World Meteorological Organization, Manual on Codes, WMO-No. 306, code
// table 1100) grades a wind's force by its speed, and news writing gives
// it in mph ("Winds gusted to 70 mph"). So "how strong was the wind"
// asks a speed, as "how fast" does, of a noun WordNet 3.0 files under
// wind or windstorm ("gust", "gale", "tornado"); "how strong" of
// anything else ("the case", "the quake") asks no speed and is read as
// before.

// strongCue is "how strong".
var strongCue = lazyRE(`\bhow strong\b`)

// windStrength reports whether q asks how strong a wind is.
func (e *Engine) windStrength(q *query) bool {
	if e.noLex || !strongCue.MatchString(strings.ToLower(q.raw)) {
		return false
	}
	return slices.ContainsFunc(q.toks, func(t token) bool {
		l := singular(t.lower)
		return !stopWords[t.lower] && (l == "wind" || e.lex.KindOf(l, "wind") || e.lex.KindOf(l, "windstorm"))
	})
}
