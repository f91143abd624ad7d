package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Where an organisation is (part of stage 4). Asked of a company or
// another body, "where is Osgood" asks where it has its base, which
// news writing gives once, beside the name: "Osgood, based in Austin,
// Texas", "the Brentmoor-based company", "its headquarters in Brentmoor"
// (AP Stylebook, "headquarters": do not use "headquarter" as a verb; a
// company's home is told by "based"). WordNet 3.0 glosses the verb
// "base" (sense 2) as "situate as a center of operations" and the noun
// "headquarters" (sense 1) as "the office that serves as the
// administrative center of an enterprise", so "based",
// "headquartered", "headquarters" and "located" asked of an
// organisation ask the one place. Another place in a sentence naming it
// ("needs the approval of regulators in the United States") is where
// something else is.

// baseWords are the words a where-question about an organisation may
// add to "where is X" without asking more: the predicates of position
// (situatedAdjectives) and of a base.
var baseWords = set("based", "headquartered", "headquarters", "hq", "located", "situated", "base")

// basePhraseRe finds "based", "headquartered" or "headquarters", which
// "in" or "at" and the place's name follow (basePlaceIn).
var basePhraseRe = lazyRE(`\b(?:based|headquartered|headquarters)\s+`)

// orgBase answers a where-question that names one organisation and asks
// nothing more of it with the place the article gives as its base, from
// the first sentence referring to it that gives one.
func (e *Engine) orgBase(q *query) (reply, bool) {
	if len(q.subjects) != 1 || e.a.Entities[q.subjects[0]].Kind != knowledge.Organisation {
		return reply{}, false
	}
	for _, t := range q.terms {
		if !baseWords[t.lower] {
			return reply{}, false // "where is Osgood building its plant": another act's place
		}
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !contains(s.named, q.subjects[0]) && !contains(s.refs, q.subjects[0]) {
			continue
		}
		if ph := e.appositiveBase(q.subjects[0], s); ph != "" {
			return placeReply(ph, s), true // "Tatum Greer, a London practice" (appositivebase.go)
		}
		if ph := basePlaceIn(s.text); ph != "" {
			return placeReply(ph, s), true
		}
	}
	return reply{}, false
}

// basePlaceIn is the place sentence text gives as a base: the name
// after "based in" or "headquarters in", or the name compounded with
// "-based" (basedRe); "" when it gives none.
func basePlaceIn(text string) string {
	if loc := basePhraseRe.FindStringIndex(text); loc != nil {
		rest := text[loc[1]:]
		if sp := placeRe.FindStringSubmatchIndex(rest); sp != nil && sp[0] == 0 && (strings.HasPrefix(rest, "in ") || strings.HasPrefix(rest, "at ")) {
			return strings.TrimRight(rest[sp[2]:sp[3]], ",")
		}
	}
	if m := basedRe.FindStringSubmatch(text); m != nil {
		name := m[1]
		for _, det := range []string{"The ", "A ", "An "} {
			name = strings.TrimPrefix(name, det)
		}
		if !calendarName(name) {
			return name
		}
	}
	return ""
}
