package lookup

import "strings"

// The people an adjective or participle heads (part of stage 4, who
// underwent the act). "The injured", "the dead", "the wounded" are noun
// phrases whose head is the adjective, naming the people it describes
// (Quirk et al. 1985, §7.23, adjectives as heads with personal
// reference), as "those" and a participle do ("those killed"), and news
// copy names them by the copula or "include" after
// ("Among the injured was the choir director, the Rev. Walter Gaines";
// "The dead included two children"). Asked "who was injured", the reader
// is owed the names so given.

// headVerbs link "the injured" to who they were.
var headVerbs = set("was", "were", "is", "are", "included", "include", "includes")

// adjectiveHeadPatient is the person named after the copula or "include"
// that follows "the" and a word of act t used as a head in s ("Among the
// injured was …"), within ten words, and whether the phrase names one of
// more ("among the injured", "included"); -1 when s has none.
func (e *Engine) adjectiveHeadPatient(s *sentence, t term) (x int, some bool) {
	for _, m := range termAt(s, t) {
		if m == 0 || s.toks[m-1].lower != "the" && s.toks[m-1].lower != "those" || m+1 >= len(s.toks) || !headVerbs[s.toks[m+1].lower] {
			continue
		}
		for j := m + 2; j < len(s.toks) && j <= m+11; j++ {
			if x := e.personNamedAt(s, j); x >= 0 {
				return x, m > 1 && s.toks[m-2].lower == "among" || strings.HasPrefix(s.toks[m+1].lower, "includ")
			}
		}
	}
	return -1, false
}
