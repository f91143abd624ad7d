package lookup

import "slices"

// The prop "it" of the weather (part of stage 4, extraction): English
// speaks of the weather and of temperature with an "it" that refers to
// nothing in particular ("It was cold", "It got down to 12 degrees":
// Quirk et al., A Comprehensive Grammar, §10.26, prop "it" in
// expressions of weather and temperature). So "how cold did it get" or
// "how hot was it", asked of no one and nothing named, asks the
// temperature the story reports, and a temperature is told in degrees
// (NIST SP 811, the degree Fahrenheit and Celsius). The sentence giving
// one that holds most of the question's other words ("at night") answers.

// temperatureAdjective reports whether adj is an adjective of "how ADJ" whose only
// only dimension is temperature (measureDimensions).
func temperatureAdjective(adj string) bool {
	d := measureDimensions[adj]
	return len(d) == 1 && d[0] == "temperature"
}

// propItTemperature answers "how cold did it get" with the article's
// temperature in degrees, from the sentence holding most of the
// question's terms, the first of equals; it declines a question naming
// someone or something ("how cold was the lake").
func (e *Engine) propItTemperature(q *query) (reply, bool) {
	if !temperatureAdjective(q.measure) || len(q.subjects) > 0 || !slices.ContainsFunc(q.toks, func(t token) bool { return t.lower == "it" }) {
		return reply{}, false
	}
	var best *sentence
	var bestN quantity
	bestHeld := -1
	for i := range e.r.sents {
		s := &e.r.sents[i]
		held := 0
		for _, t := range q.terms {
			if s.hasTerm(t) {
				held++
			}
		}
		for _, n := range s.nums {
			if n.kind == qCount && fitsMeasure(q.measure, n.unit) && !quoted(s, n) && held > bestHeld {
				best, bestN, bestHeld = s, n, held
			}
		}
	}
	if best == nil {
		return reply{}, false
	}
	return reply{found: true, head: capitalise(hedged(best, bestN)) + ".", used: []*sentence{best}}, true
}
