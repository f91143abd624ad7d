package lookup

import "strings"

// Dateline place (part of stage 4): the dateline opens the lead with the
// place the story's news happened ("PELICAN POINT, Fla. (AP) —", AP
// Stylebook, "datelines"), so the lead's event is set there even when its
// sentence names no place of its own ("A satellite reached orbit Thursday
// on its third launch attempt").

// datelinePlace returns the place of s's dateline, with the city's
// capitals set in title case, or "" when s has no dateline.
func datelinePlace(s *sentence) string {
	end := datelineEnd(s)
	if end == 0 {
		return ""
	}
	place, _, ok := strings.Cut(s.text[:s.toks[end].start], "(")
	if !ok {
		return ""
	}
	words := strings.Fields(strings.TrimRight(strings.TrimSpace(place), ","))
	for i, w := range words {
		if !strings.Contains(w, ".") && strings.ToUpper(w) == w && len(w) > 1 {
			words[i] = w[:1] + strings.ToLower(w[1:]) // AP sets the dateline's city in capitals
		}
	}
	return strings.Join(words, " ")
}

// wholeQuestion reports whether candidate c holds every word of q: only
// then is the question about the lead's own event, and not about another
// told beside it ("where did he play before he got to Delmont" of a lead
// about the final, or a question with a word the article never uses).
// A place no name gives (commonplace.go) asks as much of its sentence,
// not the half its neighbour lends it.
func wholeQuestion(c candidate) bool {
	return c.coverage >= 1
}
