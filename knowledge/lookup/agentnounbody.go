package lookup

import "storybot/knowledge"

// The body an agent noun acts for (part of stage 4, who-questions):
// "Investigators from the National Transportation Safety Board arrived"
// tells who is investigating. A personal noun derived from a verb by -er
// or -or names whoever does the verb (Quirk et al., App. I.29, agentive
// suffixes; WordNet's derivational links from "investigate" to
// "investigator"), and news writing identifies such people, unnamed, by
// the organisation they come from in a postmodifying prepositional
// phrase ("investigators from the NTSB", "inspectors with the state",
// "engineers at the agency"; AP Stylebook, "identification"; Quirk et
// al., §17.37 on prepositional postmodifiers). So the doer asked is that
// organisation when the article names no person doing the act.

// bodyPrepositions are the prepositions that postmodify a personal noun
// with the body its people belong to (Quirk et al., §9.21, 9.24: "from",
// source; "with" and "at", accompaniment and position); "of" is left
// out: after an agent noun it takes the act's object ("investigators of
// the crash").
var bodyPrepositions = set("from", "with", "at")

// agentNounBody is the organisation named by a "from", "with" or "at"
// phrase right after a personal noun of s that matches the who-question's
// verb ("Investigators from the NTSB"): the body the doers come from.
func (e *Engine) agentNounBody(q *query, s *sentence) (string, bool) {
	t, ok := e.askedAct(q)
	if !ok || e.noLex || e.askedInPassive(q, t) {
		return "", false
	}
	for i, tok := range s.toks {
		if !t.matches(tok) || tok.cap && i > 0 || quotedAt(s, i) || i+2 >= len(s.toks) {
			continue
		}
		if !e.personNoun(singular(tok.lower)) || !bodyPrepositions[s.toks[i+1].lower] || !spaced(s, i, i+1) {
			continue
		}
		k := i + 2
		if determiners[s.toks[k].lower] {
			k++ // "from the National Transportation Safety Board"
		}
		x, at := e.lastEntityIn(s, k, nounPhraseEnd(s, k))
		if x < 0 || at != k || e.a.Entities[x].Kind != knowledge.Organisation || s.toks[at+e.formAt(s, x, at)-1].poss {
			continue // no organisation heads the phrase: "from three counties", "from the NTSB's office"
		}
		return e.a.Entities[x].Name + ".", true
	}
	return "", false
}
