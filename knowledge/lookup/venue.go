package lookup

import (
	"strings"
)

// Venue (part of stage 4): where the story's event took place, for a
// question whose subject is a pronoun with nothing to refer to ("where did
// they play"): such a pronoun means the story's main actors, and the
// place of their event is the named building or ground the article puts
// it "at" (Quirk et al. §9.17: "at" presents a place as a point, the
// venue of an event: "at Riverfront Stadium").

// venueRe is a capitalised name after "at".
var venueRe = lazyRE(`\bat\s+` + placeName)

// venueKinds are the WordNet nouns whose kinds name a venue: a building
// or ground ("stadium" is a structure, "airport" a facility, "fairgrounds"
// a location).
var venueKinds = []string{"structure", "facility", "location"}

// venue answers with the first named venue of the article, if any.
func (e *Engine) venue() (reply, bool) {
	if e.noLex {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, m := range venueRe.FindAllStringSubmatch(s.text, -1) {
			name := strings.TrimRight(m[1], ",.")
			words := strings.Fields(name)
			head := strings.ToLower(strings.Trim(words[len(words)-1], ".,'’"))
			for _, k := range venueKinds {
				if e.lex.KindOf(head, k) {
					return reply{found: true, head: capitalise(name) + ".", used: []*sentence{s}}, true
				}
			}
		}
	}
	return reply{}, false
}
