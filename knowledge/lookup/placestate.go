package lookup

import (
	"strings"

	"storybot/knowledge"
)

// The state a town is in (part of stage 4). "What state is Millbrook in"
// asks of a place the state that holds it; the wh-determiner's noun
// names the kind of place asked, not a word the article must write. An
// AP dateline gives it: the city in capitals, then its state, spelled
// out or abbreviated ("MILLBROOK, Pa. (AP) —", AP Stylebook,
// "datelines" and "state names"), and the answer spells it out.

// placeState answers "what/which state is X in" of a place X the
// dateline names with the dateline's state, spelled out, citing the
// lead.
func (e *Engine) placeState(q *query) (reply, bool) {
	if len(q.subjects) != 1 || e.a.Entities[q.subjects[0]].Kind != knowledge.Place || !asksStateOf(q) {
		return reply{}, false
	}
	lead := e.leadSentence()
	if lead == nil || e.formAt(lead, q.subjects[0], 0) == 0 {
		return reply{}, false
	}
	parts := strings.Split(datelinePlace(lead), ",")
	if len(parts) < 2 {
		return reply{}, false
	}
	st := knowledge.USState(strings.TrimSpace(parts[len(parts)-1]))
	if st == "" {
		return reply{}, false
	}
	return reply{found: true, head: st + ".", used: []*sentence{lead}}, true
}

// asksStateOf reports whether q opens "what state" or "which state" and
// asks nothing else of its one place: its only terms are "state" and the
// words of position ("located").
func asksStateOf(q *query) bool {
	at := -1
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].lower == "state" && (q.toks[i-1].lower == "what" || q.toks[i-1].lower == "which") {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for _, t := range q.terms {
		if t.lower != "state" && !baseWords[t.lower] && !situatedAdjectives[t.lower] {
			return false
		}
	}
	return true
}
