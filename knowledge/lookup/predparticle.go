package lookup

import "strings"

// A particle as the predicate (part of stage 5): in "is the fire out",
// "are the lights back on", "is the road open again" the state asked is
// the last word, and "out", "off", "over", "up", "down", "on" and "back"
// are function words the terms leave out. WordNet 3.0 files each of them
// as an adjective too ("out": no longer burning; "over": having come to
// an end), which is how such a question uses them after "be". A sentence
// that only names the subject ("the fire was caused by a campfire") then
// holds every term, but says nothing of the state.

// stateParticles are the particles WordNet 3.0 also lists as adjectives
// of state.
var stateParticles = set("out", "off", "over", "up", "down", "on", "back")

// particleStateUnsaid reports whether q is "be … PARTICLE", a state asked
// by a closing particle that is no phrasal verb's, and s does not hold
// that particle.
func particleStateUnsaid(q *query, s *sentence) bool {
	f := 0
	for f < len(q.toks) && chatWords[q.toks[f].lower] {
		f++
	}
	last := len(q.toks) - 1
	if f >= last || !beForms[q.toks[f].lower] || !stateParticles[q.toks[last].lower] {
		return false
	}
	p := q.toks[last].lower
	for _, t := range q.toks[f+1 : last] {
		if occasionSubordinators[t.lower] {
			return false // "was anyone hurt when it tipped over": the particle closes the occasion's clause (timeclauseanchor.go)
		}
	}
	for _, t := range q.terms {
		if t.phrasal && strings.HasSuffix(t.lower, " "+p) {
			return false // "is greer coming back": the particle belongs to the phrasal verb (come back: return)
		}
	}
	for _, t := range s.toks {
		if t.lower == p {
			return false
		}
	}
	return true
}
