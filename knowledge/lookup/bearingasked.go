package lookup

import (
	"strings"
)

// A bearing asked (part of stage 4): "which way" and "what direction"
// ask the direction of a movement, a course or a position, and English
// news writing states one by a compass point ("turned west off the
// trail", "runs to the southwest", "its bow points toward the
// southeast") or by its -ward or -bound derivative ("drifted eastward",
// "the westbound lanes"). "Way" here is the noun of direction (WordNet
// 3.0, way n. 2, "a general direction in which something tends to
// move"). The answer is the compass point of the best sentence that
// holds the question's other words; a sentence with none answers no such
// question, and the question is left to the other readings ("which way
// did the vote go" asks an outcome, which no compass point states).

// bearingQuestion opens a question that asks a direction.
var bearingQuestion = lazyRE(`^(?:in\s+)?(?:which|what)\s+(?:way|direction)\b`)

// bearingWords are the eight points of the compass (compassPoints) and
// the -ward, -wards and -bound adverbs and adjectives English derives from
// the four cardinal ones (OED, "-ward" suffix; AP Stylebook, "directions
// and regions").
var bearingWords = func() map[string]bool {
	m := set("northward", "southward", "eastward", "westward", "northwards", "southwards", "eastwards", "westwards",
		"northbound", "southbound", "eastbound", "westbound")
	for w := range compassPoints {
		m[w] = true
	}
	return m
}()

// bearingTerms are the question's own words of direction, which the
// sentence that answers need not hold.
var bearingTerms = set("way", "direction", "which", "what")

// bearingAsked answers "which way did he go off the trail" with the
// compass point of the best sentence holding the question's other words,
// the one nearest those words.
func (e *Engine) bearingAsked(q *query) (reply, bool) {
	if !bearingQuestion.MatchString(strings.ToLower(strings.TrimSpace(q.raw))) {
		return reply{}, false
	}
	sub := *q
	sub.terms = nil
	for _, t := range q.terms {
		if !bearingTerms[t.lower] && !motionVerbForms[t.lower] {
			sub.terms = append(sub.terms, t)
		}
	}
	if r, ok := e.bearingOf(&sub); ok {
		return r, true
	}
	if w, ok := e.widened(&sub); ok {
		return e.bearingOf(w) // "push" where the article says "driven" (widen.go)
	}
	return reply{}, false
}

// motionVerbForms are the single words of motionList: a verb of motion
// ("go", "head") names no more than the direction asked, but its
// preposition ("off the trail") says which movement.
var motionVerbForms = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range motionList {
		if !strings.Contains(v, " ") {
			m[v] = true
		}
	}
	return m
}()

// bearingOf is the compass point of the best sentence holding q's words:
// first one that states a course or a facing ("turned west", "points
// toward the southeast"), then one that, premodified by a measure phrase,
// places a thing ("3 miles south of the trail", "170 miles to the
// north"). A measure phrase before a compass point makes it an adverbial
// of relative position, where the thing is, not which way it went (Quirk
// et al. 1985, §7.85, §9.10); a question with no course to answer it is
// answered by the position.
func (e *Engine) bearingOf(q *query) (reply, bool) {
	has := func(s *sentence) bool { return nearestBearing(s, nil, true) >= 0 }
	cands := e.rank(q, has)
	for _, placed := range []bool{false, true} {
		for _, c := range cands {
			if !e.holds(q, c) {
				continue
			}
			s := &e.r.sents[c.s]
			if k := nearestBearing(s, c.matched, placed); k >= 0 {
				return reply{found: true, head: capitalise(s.toks[k].lower) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// nearestBearing is the token of s that is a compass point written in
// lower case (a capitalised one begins a name: "West Virginia", "North
// Platte") nearest the matched tokens, or -1; one a measure phrase
// premodifies only if placed.
func nearestBearing(s *sentence, matched []int, placed bool) int {
	best, bestD := -1, len(s.toks)+1
	for k, t := range s.toks {
		if !bearingWords[t.lower] || t.cap || !placed && measuredBearing(s, k) {
			continue
		}
		d := len(s.toks)
		for _, m := range matched {
			d = min(d, abs(m-k))
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// measuredBearing reports whether a measure phrase of distance ends
// right before compass point k of s, or before the "to the" that leads
// to it ("3 miles south", "170 miles to the north"; distanceStated).
func measuredBearing(s *sentence, k int) bool {
	for _, n := range s.nums {
		if (n.end == k || n.end+2 == k) && distanceStated(s, n) {
			return true
		}
	}
	return false
}
