package lookup

import "slices"

// A quantity named by its unit (part of stage 2, query terms): "the 50
// mph limit" is a speed limit, "a 10-ton limit" a weight limit. A unit
// of measure is defined as a unit of one physical quantity (NIST Special
// Publication 811, §4 and table 1: length, mass, time, temperature, with
// speed, area and volume derived from them), so a figure in that unit
// states that quantity, and the noun naming the quantity is met by the
// unit. "What's the speed limit" of an article that never writes "speed"
// but gives "the 50 mph limit" is answered, not refused.

// quantityNouns are the nouns that name a physical quantity, each with
// the dimension of measureUnits it is measured in (NIST SP 811, table 1;
// "distance", "height", "depth" and "width" are lengths, Quirk et al.,
// §7.83 on the dimension adjectives whose nouns they are).
var quantityNouns = map[string]string{"speed": "speed", "weight": "weight", "temperature": "temperature",
	"distance": "length", "length": "length", "height": "length", "depth": "length", "width": "length",
	"area": "area", "volume": "volume"}

// quantityAdjectives are the dimension adjectives of measureDimensions
// whose "how ADJ" asks each quantity (Quirk et al., §7.83): "what was the
// speed" asks how fast.
var quantityAdjectives = map[string]string{"speed": "fast", "weight": "heavy", "temperature": "hot",
	"distance": "far", "length": "long", "height": "tall", "depth": "deep", "width": "wide"}

// withQuantityUnits gives a noun naming a quantity that the article
// never writes the units of that quantity the article does write as
// alternatives; a question whose last noun is the quantity ("what was
// the wind speed", not "the speed limit", whose head is "limit": Quirk et
// al., §17.108) then asks the measure, as "how fast" does.
func (e *Engine) withQuantityUnits(q *query, terms []term) []term {
	for i := range terms {
		dim := quantityNouns[terms[i].lower]
		if dim == "" || terms[i].known {
			continue
		}
		for u, d := range measureUnits {
			if d == dim && e.r.vocab[u] && !slices.Contains(terms[i].alts, stemOf(u)) {
				terms[i].alts = append(terms[i].alts, stemOf(u))
				terms[i].known = true
			}
		}
		slices.Sort(terms[i].alts) // the map's order is random; the answer must not be
		if a := quantityAdjectives[terms[i].lower]; a != "" && terms[i].known && i == len(terms)-1 && q.typ == tPassage && q.measure == "" {
			q.typ, q.measure = tCount, a
		}
	}
	return terms
}
