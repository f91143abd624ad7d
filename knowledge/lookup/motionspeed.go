package lookup

import (
	"slices"
	"strings"
	"sync"
)

// The speed of a motion (part of stage 2, query terms). A verb of motion
// ("swim", "run", "fly", "drive", "go": Levin 1993, English Verb Classes
// and Alternations, §51, verbs of motion, with §51.3.2 the run verbs and
// §51.4 the verbs of motion using a vehicle) says that its subject moves,
// and speed is the rate of that motion, length over time (NIST Special
// Publication 811, table 1, "velocity"). So "how fast did she swim" asks
// a speed, not the time an act took, as "how fast did they hire" does
// (fastadverb.go), and a figure in a unit of speed ("her average pace
// was about 1.6 mph") states how fast she swam though it never writes
// the verb: the unit names the motion, as "50 mph" names the speed.

// speedVerbs are verbs of motion from Levin (1993), §51.1 (inherently
// directed motion: "go", "travel"), §51.3.2 (run verbs) and §51.4.1–2
// (verbs of motion using a vehicle), in their base forms; not the send
// and carry verbs of direction.go's motionList ("how fast did they ship
// the orders" asks the time it took), nor those also used of a figure
// ("climb", "roll", "move": "how fast did prices climb", changerate.go).
var speedVerbs = set("go", "travel", "run", "swim", "fly", "drive", "sail", "walk",
	"ride", "race", "sprint", "jog", "cycle", "bike", "paddle", "row", "crawl", "skate",
	"ski", "gallop", "cruise", "glide", "hike", "pedal")

// motionVerbAt reports whether token t is a form of one of speedVerbs.
func motionVerbAt(t token) bool {
	return speedVerbs[t.lower] || motionStems()[t.stem]
}

// motionStems holds the stems of speedVerbs, built once.
var motionStems = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(speedVerbs))
	for v := range speedVerbs {
		m[stemOf(v)] = true
	}
	return m
})

// motionSpeed makes "how fast" before a verb of motion ask the speed
// again where mannerMeasure read it as the manner adverb "quickly".
func motionSpeed(q *query) {
	if q.measure == "quickly" && fastAdverb.MatchString(strings.ToLower(q.raw)) && slices.ContainsFunc(q.toks, motionVerbAt) {
		q.measure = "fast"
	}
}

// withMotionUnits gives the verb of motion of a "how fast" question the
// units of speed the article writes as alternatives, as withQuantityUnits
// does the noun "speed": a figure in one of them states the motion's speed.
func (e *Engine) withMotionUnits(q *query, terms []term) []term {
	if q.measure != "fast" {
		return terms
	}
	for i := range terms {
		if !speedVerbs[terms[i].lower] && !motionStems()[terms[i].stem] {
			continue
		}
		for u, d := range measureUnits {
			if d == "speed" && e.r.vocab[u] && !slices.Contains(terms[i].alts, stemOf(u)) {
				terms[i].alts = append(terms[i].alts, stemOf(u))
				terms[i].known = true
			}
		}
		slices.Sort(terms[i].alts) // the map's order is random; the answer must not be
	}
	return terms
}
