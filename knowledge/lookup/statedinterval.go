package lookup

import "strings"

// Stated intervals (part of stage 4, before clockinterval.go): "how long
// after A did B" is answered by the span a sentence itself puts before
// the connective that relates the two events ("Penner scratched …, about
// six hours after his sled broke"; "Hours after the storm, … she began
// vomiting"). A measure phrase premodifying "after" or "before" states
// the distance between the two occasions (Quirk et al. 1985, §8.58 and
// §15.25), so the writer's own span is the answer, before any worked out
// from clock times the article gives elsewhere.

// statedInterval answers an interval question by a measured connective
// of one sentence that tells both events in the asked order.
func (e *Engine) statedInterval(q *query) (reply, bool) {
	if q.measure != "long" {
		return reply{}, false
	}
	a, b, ok := intervalEvents(q)
	if !ok || len(a) == 0 || len(b) == 0 {
		return reply{}, false
	}
	opts := make([]option, 2)
	for i, toks := range [][]token{a, b} {
		words := make([]string, len(toks))
		for j, t := range toks {
			words[j] = t.lower
		}
		text := strings.Join(words, " ")
		oq := e.understand(text, nil)
		oq.typ = tPassage
		e.withHeadNoun(oq)
		e.withWordFamily(oq)
		e.withoutAspectual(oq)
		opts[i] = option{text: text, q: oq}
	}
	win, s, at, ok := e.connectiveAt(opts)
	if !ok || win != 0 {
		return reply{}, false // no sentence orders them, or orders them the other way
	}
	from := measureBefore(s, at[0])
	if from < 0 {
		return reply{}, false // "after the storm": an order, with no span
	}
	head := capitalise(strings.TrimRight(s.text[s.toks[from].start:s.toks[at[1]-1].end], ",;") + ".")
	return reply{found: true, head: head, used: []*sentence{s}}, true
}

// measureBefore is the first token of the measure phrase of time that
// ends just before token k of s ("about six hours", "hours", "40
// minutes", "a few days"), or -1 when none does: a unit of time (plural
// or singular) with the numbers, quantifiers and approximators before it
// (spanCues, spanWords, numberWords).
func measureBefore(s *sentence, k int) int {
	j := k - 1
	if j < 0 || !singularTimeUnits[strings.TrimSuffix(s.toks[j].lower, "s")] {
		return -1
	}
	for j > 0 {
		w := s.toks[j-1].lower
		_, number := numberWords[w]
		if !number && !spanCues[w] && !spanWords[w] && !allDigits(w) {
			break
		}
		j--
	}
	return j
}
