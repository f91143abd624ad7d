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
// al., §17.108) then asks the measure, as "how fast" does, also when the
// article writes the noun itself beside a figure in the quantity's units
// ("Temperatures were 12 below zero") and the question names no holder.
func (e *Engine) withQuantityUnits(q *query, terms []term) []term {
	for i := range terms {
		dim := quantityNouns[terms[i].lower]
		if dim == "" {
			continue
		}
		written := terms[i].known
		if !written {
			for u, d := range measureUnits {
				if d == dim && e.r.vocab[u] && !slices.Contains(terms[i].alts, stemOf(u)) {
					terms[i].alts = append(terms[i].alts, stemOf(u))
					terms[i].known = true
				}
			}
			slices.Sort(terms[i].alts) // the map's order is random; the answer must not be
		}
		if written && (len(q.subjects) > 0 || !e.measuredWith(terms[i], dim)) {
			continue // "the temperature dropped sharply": the noun without a figure is the passage's; "dorsey's weight": the holder's, not any figure's
		}
		if a := quantityAdjectives[terms[i].lower]; a != "" && terms[i].known && (i == len(terms)-1 || phraseEndsAfter(q, terms[i])) && q.typ == tPassage && q.measure == "" {
			q.typ, q.measure = tCount, a
		}
	}
	return terms
}

// measuredWith reports whether some sentence of the article writes t's
// own word beside a figure in a unit of dimension dim ("Temperatures
// were 12 below zero"): the figure is then the quantity the noun names.
func (e *Engine) measuredWith(t term, dim string) bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !slices.ContainsFunc(s.toks, func(tok token) bool { return tok.lower == t.lower || singular(tok.lower) == t.lower }) {
			continue // the noun as written ("Temperatures"), not a verb of its family ("weighs")
		}
		for _, n := range s.nums {
			if measureOf(n.unit) == dim {
				return true
			}
		}
	}
	return false
}

// phraseEndsAfter reports whether the noun phrase of term t ends with t:
// the word after it in the question is a function word ("the temperature
// when the bus stalled", "the speed at impact"), not another noun that
// would be the head ("the speed limit").
func phraseEndsAfter(q *query, t term) bool {
	for i, tok := range q.toks {
		if tok.lower == t.lower {
			return i+1 == len(q.toks) || stopWords[q.toks[i+1].lower]
		}
	}
	return false
}
