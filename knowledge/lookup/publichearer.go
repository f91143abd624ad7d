package lookup

import "slices"

// The public learns what is announced (part of stage 2): "announce",
// "reveal", "unveil" and "disclose" tell the act from the side of the one
// who makes a thing known, "find out", "learn" and "hear" from the side
// of the one it is made known to: the same event seen from its two
// participants (Fillmore 1977, "The case for case reopened", on
// perspective; FrameNet's Statement and Reveal_secret frames against
// Becoming_aware). News copy tells a public announcement from the
// announcer's side ("The winning name will be announced on Dec. 12"), a
// reader asks from the public's ("when do we find out the name"). So a
// when-question whose hearer is the public (the generic "we", "you",
// "people", "the public"; Quirk et al., §6.21, generic personal
// pronouns) meets the article's verbs of making known. A named hearer
// ("when did the chief find out") learns in other ways too, and keeps
// his own verb.

// hearerVerbs are the verbs of coming to know, as the comment above
// lists them, by base form (a phrasal as its words joined by a space).
var hearerVerbs = set("find out", "learn", "hear")

// announcingVerbs are the verbs of making known, as the comment above
// lists them.
var announcingVerbs = set("announce", "reveal", "unveil", "disclose")

// announcingStems are the stems of announcingVerbs, which meet every
// form the article writes ("announced", "reveals").
var announcingStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range announcingVerbs {
		m[stemOf(w)] = true
	}
	return m
}()

// publicHearers are the generic hearers of a public announcement.
var publicHearers = set("we", "you", "ppl", "people", "public", "everyone", "anyone", "folks")

// withAnnouncingVerbs gives a when-question's verb of coming to know,
// asked of the public, the stems of the article's verbs of making known.
func (e *Engine) withAnnouncingVerbs(q *query, terms []term) []term {
	if q.typ != tTime || !slices.ContainsFunc(q.toks, func(t token) bool { return publicHearers[t.lower] }) {
		return terms
	}
	k := slices.IndexFunc(terms, func(t term) bool { return hearerVerbs[t.lower] || hearerVerbs[e.baseVerb(t.lower)] })
	if k < 0 {
		return terms
	}
	var alts []string
	for w := range e.r.words {
		if st := stemOf(w); announcingStems[st] && e.canBe(w, "verb") && !slices.Contains(alts, st) {
			alts = append(alts, st)
		}
	}
	if len(alts) == 0 {
		return terms
	}
	slices.Sort(alts)
	terms[k].alts = append(terms[k].alts, alts...)
	terms[k].known = true
	terms[k].entailing = true
	return terms
}
