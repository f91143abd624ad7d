package lookup

import "strings"

// A name refers back to a person the text has introduced (Halliday and
// Hasan, "Cohesion in English", 1976, ch. 2: reference within a text
// points back to what the text has introduced). News writing introduces
// a person by the full name and calls them by the surname after (AP
// Stylebook, "names"), so a surname in a description written before a
// person's full name first appears is another's: "Voss's attorney" in
// the fifth paragraph is not the attorney of "her husband, Roger Voss",
// introduced in the eleventh.

// introducedBy reports whether the article writes x's full name in s or
// in a sentence before it, or nowhere as written (a name the reading
// assembled, which tells nothing of where it was introduced).
func (e *Engine) introducedBy(x int, s *sentence) bool {
	name := e.a.Entities[x].Name
	at := -1
	for i := range e.r.sents {
		p := &e.r.sents[i]
		if p == s {
			at = i
		}
		if strings.Contains(p.text, name) {
			return at < 0 || at == i
		}
	}
	return true
}
