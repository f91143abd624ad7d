package lookup

import (
	"fmt"
	"slices"
	"strings"
)

// How many voted for or against (part of stage 4). A tally gives the
// votes for before the votes against ("voted 5-2", "failed 3-4"; AP
// Stylebook, "vote tabulations"), so "how many council members voted
// for it" is the tally's first figure and "how many voted no" its
// second. A count beside "voted no" ("one of three members who voted
// no") counts the other side, and no other number of the sentence
// ("for the first time in nine years") counts voters at all.

// tallyCountRe finds a count question on one side of a vote: "how many
// (members) voted for / against / in favor / yes / no", "how many yes
// votes", "how many votes against", "how many votes did it get".
var tallyCountRe = lazyRE(`^how many\b(?:(?: \w+){0,3}? (?:voted|vote|votes)( for| against| in favor| in favour| yes| no)\b|( yes| no| aye| nay) votes\b| votes( for| against)\b| votes (?:did|does)\b.*\b(get|gets|got|receive|received|win|won)\b)`)

// tallySideAsked reads a count question on a side of a vote: whether it
// asks one, and whether the side is the votes against.
func tallySideAsked(q *query) (against, ok bool) {
	m := tallyCountRe.FindStringSubmatch(strings.ToLower(strings.TrimSpace(q.raw)))
	if m == nil {
		return false, false
	}
	side := strings.TrimSpace(m[1] + m[2] + m[3] + m[4])
	switch side {
	case "for", "in favor", "in favour", "yes", "aye", "get", "gets", "got", "receive", "received", "win", "won":
		return false, true
	case "against", "no", "nay":
		return true, true
	}
	return false, false
}

// sideWords are the words that name a side of a vote ("in favor",
// "against", "yes", "no").
var sideWords = set("favor", "favour", "against", "yes", "no", "aye", "nay")

// tallyCount answers a count of one side of a vote from the tally of the
// vote asked about (askedTally).
func (e *Engine) tallyCount(q *query) (reply, bool) {
	if q.typ != tCount {
		return reply{}, false
	}
	against, ok := tallySideAsked(q)
	if !ok {
		return reply{}, false
	}
	if askedParty(q) != "" {
		return e.partyTally(q, against) // "how many Republicans voted yes": the party's count, never the chamber's tally
	}
	if r, ok := e.candidateVotes(q); ok && !against {
		return r, true // "how many votes did Hendricks get": "61,220 votes to 48,905 for Hendricks" (candidatevotes.go)
	}
	s := e.askedTally(q, func(t term) bool { return sideWords[t.lower] })
	if s == nil {
		return reply{}, false
	}
	n := tallyIn(s)
	v := tallySideText(n.text, against != againstFirst(s, *n))
	return reply{found: true, head: fmt.Sprintf("%s — the vote was %s:", v, n.text), used: []*sentence{s}}, true
}

// askedTally is the sentence whose tally is the vote q asks about, its
// terms past those drop reports as the vote's own words: the best
// sentence with a tally that holds the rest of the question; the story's
// first tally when the rest names nothing or only what the headline or
// the lead names (the story's matter, which the inverted pyramid votes on
// first); nil otherwise.
func (e *Engine) askedTally(q *query, drop func(term) bool) *sentence {
	sub := *q
	sub.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t term) bool {
		return voteWords[t.stem] || drop != nil && drop(t) || !e.noLex && e.lex.KindOf(singular(t.lower), "person")
	})
	first := e.firstTally()
	if first == nil {
		return nil
	}
	if len(sub.terms) == 0 && len(q.subjects) == 0 {
		return first
	}
	if c, ok := e.best(&sub, func(s *sentence) bool { return tallyIn(s) != nil }); ok {
		return &e.r.sents[c.s]
	}
	if len(q.subjects) == 0 && !slices.ContainsFunc(sub.terms, func(t term) bool { return !e.storyMatter(t) }) {
		return first
	}
	return nil
}

// storyMatter reports whether the headline or the lead sentence holds t.
func (e *Engine) storyMatter(t term) bool {
	lead := e.leadSentence()
	for i := range e.r.sents {
		if s := &e.r.sents[i]; s.para == 0 && s.part == "" && s.hasTerm(t) || s == lead && s.hasTerm(t) {
			return true
		}
	}
	return false
}
