package lookup

import "strings"

// The last time an act happened (part of stage 4, when-questions): a
// negated perfect with "since" ("had not been seen in public since
// 1931", "hasn't played since June") denies the act over the span from
// the time named up to the time of reference, and so tells that the
// act last happened then (Quirk et al. 1985, §4.21–4.22 on the perfect
// with "since"; §9.36, "since" as the start of a span). "When was it
// (last) seen in public" is answered by that time, not by a sentence
// about another act; without this reading the denial left such a
// question to the next sentence's time.

// contractedPerfects are the negated forms of perfect "have" written as
// one word.
var contractedPerfects = set("hasn't", "haven't", "hadn't")

// lastSince answers a when-question that asks the latest occasion of an
// act ("when did he last write a song") from candidate c when its
// sentence denies the act in the perfect since a time: the time after
// "since". The question must not be negated itself, and the sentence
// must hold most of it. A question that does not ask the latest occasion
// ("when did Brandt concede") keeps the denial: "has not conceded since
// Tuesday" implies no concession on Tuesday.
func (e *Engine) lastSince(q *query, c candidate) (reply, bool) {
	s := &e.r.sents[c.s]
	if q.typ != tTime || !e.asksLast(q) || anyNegation(q.toks) || c.coverage < 0.75 || len(q.subjects) > 0 && c.subjects == 0 {
		return reply{}, false
	}
	if !e.deniesEveryAct(q, s) {
		return reply{}, false
	}
	for _, t := range q.terms {
		if !e.canBe(t.lower, "verb") {
			continue
		}
		for _, k := range termAt(s, t) {
			if !negatedPerfectBefore(s, k) {
				continue
			}
			if ph, ok := sinceAfter(s, k); ok {
				return reply{found: true, head: capitalise(strings.TrimSuffix(ph, ".")) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// negatedPerfectBefore reports whether the perfect stands before token
// k: a form of "have" in its clause (perfectBefore), or a contracted
// negated one within four words ("hasn't played").
func negatedPerfectBefore(s *sentence, k int) bool {
	if perfectBefore(s, k) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if contractedPerfects[s.toks[j].lower] {
			return true
		}
	}
	return false
}

// sinceAfter is the time after "since" in a time phrase of s that follows
// token k in its clause ("seen in public since 1931": 1931).
func sinceAfter(s *sentence, k int) (string, bool) {
	for _, sp := range s.times {
		if sp[0] < s.toks[k].end || strings.ContainsAny(s.text[s.toks[k].end:sp[0]], ",;") {
			continue
		}
		ph := s.text[sp[0]:sp[1]]
		if rest, ok := strings.CutPrefix(strings.ToLower(ph), "since "); ok && rest != "" {
			return ph[len(ph)-len(rest):], true
		}
	}
	return "", false
}

// occasionTime answers a when-question about one occasion of an act: the
// nth ("when did okafor score her first goal": her first occasion in
// time, nthOccasion), or the latest, from a sentence denying the act
// since a time (lastSinceFirst over the sentences with a time).
func (e *Engine) occasionTime(q *query) (reply, bool) {
	if s, at, ok := e.nthOccasion(option{text: q.raw, q: q}); ok {
		if _, w, ok := e.timeOf(s, at); ok {
			return reply{found: true, head: capitalise(w) + ".", used: []*sentence{s}}, true
		}
	}
	if r, ok := e.lastAsBig(q); ok {
		return r, true // "when was the last raid this big": "the largest … since 2006"
	}
	if !e.asksLast(q) {
		return reply{}, false
	}
	return e.lastSinceFirst(q, e.rank(withoutOrderedTime(q), func(s *sentence) bool { return len(s.times) > 0 }))
}

// lastSinceFirst answers from the first of cands that holds q or that
// lastSince answers, when it is the latter: a sentence denying the act
// since a time, ranked before any that states it.
func (e *Engine) lastSinceFirst(q *query, cands []candidate) (reply, bool) {
	for _, c := range cands {
		if e.holds(q, c) {
			return reply{}, false
		}
		if r, ok := e.lastSince(q, c); ok {
			return r, true
		}
	}
	return reply{}, false
}

// lastTime is the time phrase ph of s as the latest occasion q asks for:
// the time after "since" when ph ends a negated perfect clause
// (negatedSince), else ph.
func (e *Engine) lastTime(q *query, s *sentence, ph string) string {
	if t, ok := negatedSince(s, ph); ok && e.asksLast(q) && !anyNegation(q.toks) {
		return t
	}
	return ph
}

// occasionWord reports whether word i of a when-question only says which
// occasion of the act is asked: a general ordinal the article does not
// use ("when is the next inspection") or the adverb "last".
func (e *Engine) occasionWord(q *query, i int) bool {
	if q.typ != tTime {
		return false
	}
	return generalOrdinalAt(q.toks, i) && !e.known(q.toks[i]) || e.lastAdverbAt(q, i) ||
		lastOrdinalAt(q.toks, i) && !e.writesOrdinalOf(q, i) // "the last measles death" where the article writes only "last week" (lastordinal.go)
}

// asksLast reports whether q asks the latest occasion of its act: by the
// adverb "last" (lastAdverb) or as "the last time".
func (e *Engine) asksLast(q *query) bool {
	for i, t := range q.toks {
		if e.lastAdverb(q.toks, i) || t.lower == "last" && i+1 < len(q.toks) && q.toks[i+1].lower == "time" || lastOrdinalAt(q.toks, i) {
			return true
		}
	}
	return false
}

// lastAdverbAt reports whether question word i is the adverb "last", "on
// the most recent occasion" (WordNet 3.0, adverb "last", sense 1: "the
// most recent time: 'I saw him last in London'"; Quirk et al., §8.55 on
// adverbs of time position), in a when-question ("when was it last
// seen", "when did you see her last"). It asks the latest time of the
// act, which a sentence gives without the word, so it is no word the
// answer must hold, unless the article writes the adverb itself
// ("Drivers last struck in 2019"), where it is the word to find.
func (e *Engine) lastAdverbAt(q *query, i int) bool {
	return q.typ == tTime && e.lastAdverb(q.toks, i) && !e.writesLastAdverb()
}

// lastAdverb reports whether toks[i] is the adverb "last": after a
// subject or an auxiliary, not a determiner, a possessive or a
// preposition, and before a verb or ending the clause; not the
// determiner of a time phrase ("last spring").
func (e *Engine) lastAdverb(toks []token, i int) bool {
	if toks[i].lower != "last" || i == 0 {
		return false
	}
	if p := toks[i-1]; determiners[p.lower] || possessiveDeterminers[p.lower] || p.poss || prepositions[p.lower] {
		return false
	}
	if i+1 == len(toks) {
		return true
	}
	n := toks[i+1].lower
	return e.canBe(n, "verb") && !calendarNouns[n] && monthNames[n] == 0 && weekdayNames[n[:min(3, len(n))]] == ""
}

// writesLastAdverb reports whether a sentence of the article writes the
// adverb "last".
func (e *Engine) writesLastAdverb() bool {
	if !e.r.words["last"] {
		return false
	}
	for i := range e.r.sents {
		toks := e.r.sents[i].toks
		for k := range toks {
			if e.lastAdverb(toks, k) {
				return true
			}
		}
	}
	return false
}

// calendarNouns are the nouns of the calendar that "last" determines in a
// time phrase ("last spring", "last fall"): the units of ISO 8601 and the
// seasons.
var calendarNouns = set("year", "month", "week", "day", "night", "weekend", "season",
	"spring", "summer", "fall", "autumn", "winter", "time")

// negatedSince is the time of a "since" phrase ph of s that ends a
// negated perfect clause ("had not been seen in public since 1931":
// 1931), the last time of its act, and whether ph is one. The clause
// runs back from the phrase to the last comma; "not" or "never" and a
// perfect "have" stand in it.
func negatedSince(s *sentence, ph string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.ToLower(ph), "since ")
	at := strings.Index(s.text, ph)
	if !ok || rest == "" || at < 0 {
		return "", false
	}
	negated, perfect := false, false
	for j := len(s.toks) - 1; j >= 0; j-- {
		t := s.toks[j]
		if t.end > at {
			continue
		}
		if j+1 < len(s.toks) && s.toks[j+1].start <= at && commaBetween(s, j, j+1) {
			break
		}
		negated = negated || t.lower == "not" || t.lower == "never" || contractedPerfects[t.lower]
		perfect = perfect || t.lower == "has" || t.lower == "have" || t.lower == "had" || contractedPerfects[t.lower]
	}
	if !negated || !perfect {
		return "", false
	}
	return ph[len(ph)-len(rest):], true
}
