package lookup

import (
	"slices"
	"strings"
)

// A recurrence (part of stage 5, yes/no): news writing sets the story's
// event in its history by an ordinal of recurrence, "It was the second
// derailment on the line in six years", "the third straight year that
// the basin has flooded the valley", "the school's second security lapse
// since 2019", and dates the earlier occasion in the same sentence or
// the next ("In September 2019, eight cars …"): the AP Stylebook's
// background paragraph. An ordinal above "first" as postdeterminer
// (Quirk et al. 1985, §5.22, ordinals among the postdeterminers) bounded
// by a span of time ("since 2021", "in five years") or counting
// successive occasions ("straight", "consecutive", "such", "time"; §8.64
// on adjuncts of frequency) says the kind of act happened before the
// story's. Asked "has this happened before", the answer is yes; asked
// "is this the first", no. The sentence speaks of the story's own event
// by its kind, so the question's words are looked for there, in the
// dating sentence or in the lead, which names the event (AP Stylebook,
// "lead").

// recurrenceCounters follow the ordinal to count successive occasions
// ("the third straight year", "the second such failure", "the fourth
// time").
var recurrenceCounters = set("straight", "consecutive", "such", "time", "successive")

// recurrenceSpanUnits end a span that bounds the count ("in five years").
var recurrenceSpanUnits = set("year", "years", "month", "months", "decade", "decades", "week", "weeks", "season", "seasons")

// recurrenceReach is how many words after the ordinal its bounding span
// may start: the noun phrase of the kind and a prepositional phrase of
// place ("second sinkhole on Garfield Avenue since 2021").
const recurrenceReach = 9

// historyWords ask of an earlier occasion and are not words of the act:
// the adverbs of time relationship (Quirk et al. 1985, §8.64) and the
// general verbs of occurrence.
var historyWords = set("before", "ever", "previously", "earlier", "prior", "past", "first", "time", "happen", "happened", "occur", "occurred", "again")

// recurrence answers "has this happened before" (yes) or "is this the
// first time" (no) from a sentence that counts the story's event as a
// later occurrence of its kind, with the next sentence when it dates the
// earlier one. ok is false when no such sentence speaks of what was asked.
func (e *Engine) recurrence(q *query) (reply, bool) {
	first := asksFirstOccasion(q)
	if !first && !asksHistory(q) || slices.ContainsFunc(q.toks, func(t token) bool { return yearOf(t) > 0 }) {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || recurrenceOrdinal(s) < 0 {
			continue
		}
		used := []*sentence{s}
		if i+1 < len(e.r.sents) && e.r.sents[i+1].para == s.para && namesYear(&e.r.sents[i+1]) {
			used = append(used, &e.r.sents[i+1])
		}
		if !e.historyOf(q, used) {
			continue
		}
		if first {
			return reply{found: true, head: "No —", used: used}, true
		}
		return reply{found: true, head: "Yes —", used: used}, true
	}
	return reply{}, false
}

// historyClauseRe is a clause of a question closed by a prior adverb
// and its question mark, before a second question ("has this happened
// there before? when").
var historyClauseRe = lazyRE(`(?i)\b(?:before|previously|earlier|in the past)\s*\?\s*\S`)

// recurrenceTime answers "has this happened before? when" from a
// recurrence dated in its own sentence or the next: yes, and the date.
func (e *Engine) recurrenceTime(q *query) (reply, bool) {
	if !historyClauseRe.MatchString(q.raw) {
		return reply{}, false
	}
	r, ok := e.recurrence(q)
	if !ok || !slices.ContainsFunc(r.used, namesYear) {
		return reply{}, false
	}
	return r, true
}

// asksHistory reports whether q asks of an earlier occasion: closed by a
// prior adverb (asksPriorOccasion), holding "ever" with "before", or
// closed by "in the past".
func asksHistory(q *query) bool {
	if asksPriorOccasion(q) || historyClauseRe.MatchString(q.raw) {
		return true
	}
	ever, n := false, len(q.toks)
	for _, t := range q.toks {
		ever = ever || t.lower == "ever"
	}
	past := n >= 3 && q.toks[n-1].lower == "past" && q.toks[n-2].lower == "the" && q.toks[n-3].lower == "in"
	return past || ever && hasWord(q.toks, "before")
}

// asksFirstOccasion reports whether q asks if the story's act is the
// first of its kind: "the first time", "first-ever", or "the first" said
// of a pro-form for the story's event ("is this the first sinkhole");
// "was she the first woman to …" asks of a person, not of the event.
func asksFirstOccasion(q *query) bool {
	for i, t := range q.toks {
		if t.lower == "first-ever" || t.lower == "first" && i+1 < len(q.toks) && q.toks[i+1].lower == "time" {
			return true
		}
		if t.lower == "first" && i > 1 && q.toks[i-1].lower == "the" && eventProForms[q.toks[i-2].lower] {
			return true
		}
	}
	return false
}

// eventProForms stand for the story's event as a whole (Quirk et al.
// 1985, §12.10 on demonstratives and "it" as pro-forms for a clause).
var eventProForms = set("this", "that", "it")

// hasWord reports whether toks hold the lower-case word w.
func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.lower == w {
			return true
		}
	}
	return false
}

// recurrenceOrdinal is the index of an ordinal above "first" in s that
// counts an occurrence (after "the", "a", "its", "their" or a
// possessive, and followed by a counter word or a bounding span), or -1.
func recurrenceOrdinal(s *sentence) int {
	for j := 1; j < len(s.toks); j++ {
		if ordinalWords[s.toks[j].lower] < 2 || !postdeterminerAfter(s.toks[j-1]) {
			continue
		}
		if j+1 < len(s.toks) && recurrenceCounters[s.toks[j+1].lower] || boundedAfter(s, j) {
			return j
		}
	}
	return -1
}

// postdeterminerAfter reports whether t is a determiner an ordinal
// follows as postdeterminer: an article, a possessive pronoun or a
// possessive noun.
func postdeterminerAfter(t token) bool {
	switch t.lower {
	case "the", "a", "its", "their", "his", "her", "our":
		return true
	}
	return t.poss
}

// boundedAfter reports whether a span bounding the count follows the
// ordinal at j in its clause: "since" and a year, "in" and a number of
// years or months, "in a row".
func boundedAfter(s *sentence, j int) bool {
	for k := j + 1; k < len(s.toks) && k <= j+recurrenceReach; k++ {
		if punctuatedBetween(s.text, s.toks, k) {
			return false
		}
		w := s.toks[k].lower
		if w == "since" && k+1 < len(s.toks) && yearOf(s.toks[k+1]) > 0 {
			return true
		}
		if w == "in" && k+2 < len(s.toks) && recurrenceSpanUnits[s.toks[k+2].lower] {
			return true
		}
		if w == "row" && s.toks[k-1].lower == "a" {
			return true
		}
		if clauseBreak(w) {
			return false
		}
	}
	return false
}

// namesYear reports whether s names a calendar year.
func namesYear(s *sentence) bool {
	for _, t := range s.toks {
		if yearOf(t) > 0 {
			return true
		}
	}
	return false
}

// historyOf reports whether the sentences used, with the lead, speak of
// what q asks: every entity q names is mentioned there, and at least half
// the weight of its words other than historyWords is found there.
func (e *Engine) historyOf(q *query, used []*sentence) bool {
	scope := append([]*sentence{}, used...)
	if lead := e.leadSentence(); lead != nil {
		scope = append(scope, lead)
	}
	for _, x := range q.subjects {
		if !slices.ContainsFunc(scope, func(s *sentence) bool { return slices.Contains(s.named, x) || slices.Contains(s.refs, x) }) {
			return false
		}
	}
	total, held := 0.0, 0.0
	for _, t := range q.terms {
		if historyWords[t.lower] {
			continue
		}
		total += t.weight
		if slices.ContainsFunc(scope, func(s *sentence) bool { return termIn(t, s) }) {
			held += t.weight
		}
	}
	return held >= total/2
}

// termIn reports whether s holds a form of t: its stem or a synonym's, or
// a word its stem begins ("hack" of "hackers").
func termIn(t term, s *sentence) bool {
	for _, tok := range s.toks {
		if tok.meets(t.stem) || len(t.stem) >= 4 && strings.HasPrefix(tok.lower, t.stem) {
			return true
		}
		for _, a := range t.alts {
			if tok.meets(a) {
				return true
			}
		}
	}
	return false
}
