package lookup

import "strings"

// Presence read as attendance (part of stage 4, counts): "how many
// people were at the game" asks how many attended it. To be at an event
// is to attend it (WordNet 3.0 glosses "attend" as "be present at"), and
// a news story gives the figure as the size of the crowd ("before a
// sellout crowd of 25,218"), which countgloss.go reads for "attended";
// read as "were" alone the question has no act, and any count of people
// in any sentence ("played the final 20 minutes with 10 men") fits it.
// A bare definite event ("the game", "the match") is the story's own,
// whose crowd the lead gives without the noun ("beat the Sounders 2-1
// before a sellout crowd of 25,218"), so the noun is not required.

// presenceAsked matches "how many <people noun> were at <…>".
var presenceAsked = lazyRE(`^\W*how many (people|fans|spectators|persons|residents|students|parents|members|supporters) (?:were|was) at (.+?)\W*$`)

// presenceAsAttendance answers presenceAsked as "how many <noun>
// attended <…>".
func (e *Engine) presenceAsAttendance(q *query) (reply, bool) {
	m := presenceAsked.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil {
		return reply{}, false
	}
	obj := m[2]
	if f := strings.Fields(obj); len(f) == 2 && (f[0] == "the" || f[0] == "this" || f[0] == "that") {
		obj = "" // "the match": the story's own event, whose crowd the story need not tell in the noun's sentence
	}
	w := e.understand(strings.TrimSpace("how many "+m[1]+" attended "+obj), nil)
	if w.typ != tCount {
		return reply{}, false
	}
	if r, ok := e.quantityOf(w); ok && r.found {
		return r, true
	}
	return reply{}, false
}
