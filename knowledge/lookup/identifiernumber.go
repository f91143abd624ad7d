package lookup

// "What's the flight number" (part of stage 1): the noun "number" (or
// "No.") right after an identifier head ("flight", "route", "room": see
// identifierHeads) asks for the figure that names one of its series, as
// the article writes it after the head ("Flight 2218", "Route 44"). The
// compound names the designation itself (Huddleston & Pullum 2002, ch. 5,
// numerals as post-head identifiers; AP Stylebook, "No."), so the question
// is the which-question of its head: "which flight".

// identifierNumberAsked makes a question that asks a head's number into
// the which-question of that head, with the head as its noun.
func (e *Engine) identifierNumberAsked(q *query) {
	if q.typ != tPassage && q.typ != tValue && q.typ != tWhich {
		return
	}
	for k := 0; k+1 < len(q.toks); k++ {
		h, n := q.toks[k], q.toks[k+1]
		if identifierHeads[h.lower] && h.lower != "number" && h.lower != "no." && (n.lower == "number" || n.lower == "no." || n.lower == "no" || n.lower == "#") {
			q.typ, q.focus = tWhich, []string{stemOf(h.lower)}
			q.whichNoun, q.whichMods = h.lower, nil
			return
		}
	}
}
