package lookup

import (
	"slices"
	"strings"
)

// The time of the story's event asked by its noun (part of stage 4, as
// eventvenue.go does for the place). "When was the race" of a marathon
// report, "when was the game" of a match report: a definite noun phrase
// whose head names an event, with nothing to restrict it, refers to the
// event the story is about (Quirk et al. 1985, §5.28-5.33), which the
// lead tells with its time (the AP Stylebook's summary lead). When the
// lead names that event, by the noun or by a kind of it ("Twin Cities
// Marathon": a marathon is a race, WordNet), and no sentence that writes
// the noun itself gives a time, the lead's time answers; a time in
// another sentence found through a kindred word ("her first marathon
// since giving birth … last year") dates another event.

// storyEventNounTime answers a when-question whose every term is an event
// noun asked right after "the" and written so in the body, by the lead's
// time, when the lead names the event and no sentence writing the noun
// has a time of its own.
func (e *Engine) storyEventNounTime(q *query) (reply, bool) {
	if e.noLex || len(q.subjects) > 0 || len(q.terms) == 0 || q.followUp {
		return reply{}, false
	}
	for _, t := range q.terms {
		if !e.lex.KindOf(t.lower, "event") || !e.writesDefinite(t.stem) || !bareDefiniteIn(q.toks, t.lower) {
			return reply{}, false
		}
	}
	lead := e.leadSentence()
	if lead == nil || !e.namesEventOf(lead, q.terms) {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s != lead && len(s.times) > 0 && slices.ContainsFunc(s.toks, func(tk token) bool { return tk.stem == q.terms[0].stem }) {
			return reply{}, false // "the race was postponed to Sunday": the noun's own sentence dates it
		}
	}
	return leadEventTime(lead)
}

// namesEventOf reports whether s writes each term's noun, or a noun
// WordNet files as a kind of it ("Marathon" for "race").
func (e *Engine) namesEventOf(s *sentence, terms []term) bool {
	for _, t := range terms {
		if !slices.ContainsFunc(s.toks, func(tk token) bool {
			return tk.stem == t.stem || !stopWords[tk.lower] && e.lex.KindOf(strings.ToLower(tk.text), t.lower)
		}) {
			return false
		}
	}
	return true
}
