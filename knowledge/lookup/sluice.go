package lookup

import "strings"

// Sluicing in a multi-part question (part of stage 2): "what was the
// strongest gust and where" asks where the strongest gust was. A bare
// wh-word after a question stands for a whole question whose clause it
// leaves out because the question before holds it (Ross, "Guess who?",
// 1969, on sluicing; Quirk et al., §12.12 on ellipsis of a clause after a
// wh-word), so the part is the wh-word before the clause of the part
// before it, from that part's operator on ("was the strongest gust").

// sluiceWords are the wh-words that can stand alone for a question.
var sluiceWords = set("where", "when", "why", "how", "who")

// bareWh reports whether a part is a wh-word alone ("where", "and
// when?").
func bareWh(p string) bool {
	w := strings.Fields(strings.Trim(strings.ToLower(p), " ?!.,"))
	return len(w) == 1 && sluiceWords[w[0]]
}

// sluiced completes each bare wh-word part with the clause of the part
// before it; when the part before has no interrogative and operator to
// give a clause, the wh-word is joined back to it ("who and where" stays
// one question).
func sluiced(parts []string) []string {
	var out []string
	for k, p := range parts {
		if k == 0 || !bareWh(p) {
			out = append(out, p)
			continue
		}
		prev := out[len(out)-1]
		if c := clauseAfterFrame(prev); c != "" {
			out = append(out, strings.Fields(strings.Trim(strings.ToLower(p), " ?!.,"))[0]+" "+c)
		} else {
			out[len(out)-1] = prev + " and " + p
		}
	}
	return out
}

// clauseAfterFrame is a question's clause from its operator on ("was the
// strongest gust" of "hey what was the strongest gust"), or "" when it
// opens with no interrogative phrase and operator.
func clauseAfterFrame(q string) string {
	var w []string
	for _, t := range tokenize(expandChat(q)) {
		w = append(w, t.lower)
	}
	w = dropChat(w)
	frame := strings.Fields(questionFrame(w))
	if len(frame) < 2 || !auxiliaries[frame[len(frame)-1]] {
		return ""
	}
	return strings.Join(w[len(frame)-1:], " ")
}
