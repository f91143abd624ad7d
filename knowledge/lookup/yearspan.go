package lookup

import (
	"slices"
	"strconv"
	"strings"
)

// spanStarts and spanEnds are the prepositions that bound a duration by
// the times it starts and ends: "since 1987" (from a time up to the time
// of speaking, with the perfect), "from 1961 to 1994", "from 1961 until
// 1994" (Quirk et al., §9.36–9.38, prepositions of duration: since,
// from … to, until, till, through).
var (
	spanStarts = set("since", "from")
	spanEnds   = set("to", "until", "till", "through", "thru")
)

// amountOf answers "how many", "how much" and "how ADJ" by a number of the article,
// and "how long" with no duration written as a number by the years that
// bound it. "How long" in the perfect asks a duration up to now, which
// "since 1962" states of the act itself (Quirk et al., §4.22), so the
// years that bound it come first there: a span of time in another
// sentence ("were hired within three weeks") is another act's.
func (e *Engine) amountOf(q *query) (reply, bool) {
	if r, ok := e.childrenCount(q); ok {
		return r, true // "how many kids did he have": "father of three" (parentof.go)
	}
	if r, ok := e.nthTimeCount(q); ok {
		return r, true // "how many times have voters rejected a levy": "for the third time" (nthtime.go)
	}
	if r, ok := e.winMargin(q); ok {
		return r, true // "how much did he win by": "finished 41 seconds ahead of him" (winmargin.go)
	}
	if r, ok := e.presenceAsAttendance(q); ok {
		return r, true // "how many people were at the game": "a sellout crowd of 25,218" (presenceasked.go)
	}
	if r, ok := e.multipleCompared(q); ok {
		return r, true // "how big is the planet": "about 1.7 times as wide as Earth" (multiplecompared.go)
	}
	if r, ok := e.tallyCount(q); ok {
		return r, true // "how many voted for it": the tally's first figure
	}
	if r, ok := e.quakeMagnitude(q); ok {
		return r, true // "how big was the quake": its magnitude
	}
	if q.measure == "long" && (q.perfect() || e.copularSpan(q)) {
		if r, ok := e.yearSpan(q); ok {
			return r, true
		}
	}
	if r, ok := e.bestSentenceSpan(q); ok {
		return r, true // "how long did the old record stand": "had stood since 2011"
	}
	if r, ok := e.topicCost(q); ok {
		return r, true // "how much will it cost": "The $212 million project", not a grant that pays part
	}
	if r, ok := e.verbBound(q); ok {
		return r, true // "how long will the storm last": "would last through Thursday" (verbbound.go)
	}
	r, ok := e.quantityOf(q)
	if !ok && q.measure == "long" {
		r, ok = e.yearSpan(q)
	}
	if !ok {
		r, ok = e.pairedDuration(q) // "starts Monday and is scheduled to end June 30" (pairedduration.go)
	}
	if !ok {
		r, ok = e.boundedDuration(q) // "how long will it be on display": "through January"
	}
	if !ok {
		r, ok = e.propItTemperature(q) // "how cold did it get": the weather's "it" (propit.go)
	}
	if !ok {
		return e.describedMeasure(q) // "the 11,400-pound satellite": the thing named, by its class noun
	}
	return r, ok
}

// yearOf reads a token as a year of the calendar, or 0.
func yearOf(t token) int {
	if len(t.lower) != 4 {
		return 0
	}
	y, err := strconv.Atoi(t.lower)
	if err != nil || y < 1700 || y > 2100 {
		return 0
	}
	return y
}

// yearSpan answers "how long" with the years a duration runs between
// ("from 1961 to 1994": 33 years) or from ("since 1987"), in a sentence
// about what was asked whose verb asked stands before the span in its
// clause: the adjunct of duration belongs to the verb of its clause
// (Quirk et al., §8.58). "Since" answers only a question in the perfect,
// which asks a duration up to now (§4.22).
func (e *Engine) yearSpan(q *query) (reply, bool) {
	if q.asksInterval() {
		return reply{}, false
	}
	if e.noLex {
		return reply{}, false
	}
	verbs := e.verbTerms(q)
	anchors := verbs
	if len(verbs) == 0 && !q.perfect() {
		if !copularWith(q, verbs) {
			return reply{}, false
		}
		anchors = q.terms // "how long was he treasurer": "served as treasurer from 2012 until …"
	}
	has := func(s *sentence) bool { return spanAt(s, 0) >= 0 }
	for rank, c := range e.rank(q, has) {
		if rank > 4 || !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		for k := spanAt(s, 0); k >= 0; k = spanAt(s, k+1) {
			if !verbBefore(s, k, anchors) && !((len(verbs) == 0 || q.perfectHad()) && perfectBefore(s, k)) {
				continue
			}
			if head, ok := spanHead(s, k, q.asksSoFar()); ok {
				return reply{found: true, head: head, used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// spanAt is the first token from k on that starts a span bounded by
// years ("since 1987", "from 1961 to 1994", "since a pipe burst in March
// 2023"), or -1.
func spanAt(s *sentence, k int) int {
	for ; k+1 < len(s.toks); k++ {
		if spanStarts[s.toks[k].lower] && yearOf(s.toks[k+1]) > 0 || s.toks[k].lower == "since" && sinceClauseEnd(s, k) > 0 {
			return k
		}
	}
	return -1
}

// sinceClauseYear is the token of the year that closes the clause "since"
// at k opens, within eight words and before any punctuation ("since a
// pipe burst in March 2023": the clause's event dated, and so the start
// of the span; Quirk et al., §14.12, "since" as a conjunction of time),
// or -1.
func sinceClauseYear(s *sentence, k int) int {
	for j := k + 2; j < len(s.toks) && j <= k+8 && !punctuatedBetween(s.text, s.toks, j); j++ {
		if yearOf(s.toks[j]) > 0 {
			return j
		}
	}
	return -1
}

// sinceClauseEnd is the byte offset where the time that dates the
// clause "since" at k opens ends: a year (sinceClauseYear) or, when the
// clause has none, a time expression of the sentence inside it, within
// twelve words and before any punctuation ("closed since a barge struck
// one of its piers in February of last year"), or -1.
func sinceClauseEnd(s *sentence, k int) int {
	if y := sinceClauseYear(s, k); y > 0 {
		return s.toks[y].end
	}
	if k+1 >= len(s.toks) {
		return -1
	}
	last := k + 1
	for j := k + 2; j < len(s.toks) && j <= k+12 && !punctuatedBetween(s.text, s.toks, j); j++ {
		last = j
	}
	for _, sp := range s.times {
		if sp[0] >= s.toks[k+1].start && sp[1] <= s.toks[last].end {
			return sp[1]
		}
	}
	return -1
}

// spanHead states the duration of the span at k: the years between its
// bounds, or the start a "since" names, when the question asks so far.
func spanHead(s *sentence, k int, soFar bool) (string, bool) {
	from := yearOf(s.toks[k+1])
	if s.toks[k].lower == "since" && from == 0 {
		return "Since " + s.text[s.toks[k+1].start:sinceClauseEnd(s, k)] + ".", soFar
	}
	if s.toks[k].lower == "since" {
		return "Since " + s.toks[k+1].text + ".", soFar
	}
	if k+3 < len(s.toks) && spanEnds[s.toks[k+2].lower] {
		if to := yearOf(s.toks[k+3]); to > from {
			return strconv.Itoa(to-from) + " years, from " + s.toks[k+1].text + " to " + s.toks[k+3].text + ".", true
		}
		if y := untilClauseYear(s, k+2); y > 0 && yearOf(s.toks[y]) > from {
			return strconv.Itoa(yearOf(s.toks[y])-from) + " years, from " + s.toks[k+1].text + " to " + s.toks[y].text + ".", true // "from 2012 until he resigned in 2021"
		}
	}
	return "", false
}

// untilClauseYear is the token of the year that dates the clause "until"
// or "till" at k opens ("until he resigned in 2021": the conjunction of
// time marks the terminal point of the span, Quirk et al., §15.25, and the
// clause's year dates it), within eight words and before any punctuation,
// as sinceClauseYear reads the start; -1 when there is none.
func untilClauseYear(s *sentence, k int) int {
	if l := s.toks[k].lower; l != "until" && l != "till" {
		return -1
	}
	return sinceClauseYear(s, k)
}

// bestSentenceSpan answers "how long" from the sentence that best holds
// the question, holding every word of it, when that sentence bounds the
// asked act by years in the perfect ("The old record had stood since
// 2011" for "how long did the old record stand"): the perfect's span ran
// up to the time of reference (§4.22), whatever the tense of the
// question, and the adjunct of duration of the act asked answers before
// a number of time in a sentence about something else.
func (e *Engine) bestSentenceSpan(q *query) (reply, bool) {
	if q.measure != "long" || q.asksInterval() || e.noLex {
		return reply{}, false
	}
	cands := e.rank(q, nil)
	if len(cands) == 0 || cands[0].coverage < 0.999 {
		return reply{}, false
	}
	s := &e.r.sents[cands[0].s]
	verbs := e.verbTerms(q)
	for k := spanAt(s, 0); k >= 0; k = spanAt(s, k+1) {
		if perfectBefore(s, k) && verbBefore(s, k, verbs) {
			if head, ok := spanHead(s, k, true); ok {
				return reply{found: true, head: head, used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// copularSpan reports whether q asks how long a state held with no verb
// of its own ("how long was he treasurer", "how long was she mayor"): a
// "how long" whose only verb is "be" and which names what was held, so
// the years a span gives after that noun answer it.
func (e *Engine) copularSpan(q *query) bool {
	return copularWith(q, e.verbTerms(q))
}

// copularWith is copularSpan with q's verb terms already read.
func copularWith(q *query, verbs []term) bool {
	return q.measure == "long" && len(verbs) == 0 && len(q.terms) > 0 && slices.ContainsFunc(q.toks, func(t token) bool { return pastBe[t.lower] || t.lower == "is" || t.lower == "are" })
}

// verbTerms are the terms of q that WordNet lists as verbs, past the
// light verbs and the words the question writes only as nouns, after a
// central determiner ("the plant" in "how long has the plant been making
// dishwashers": determinedNoun, nounlinks.go).
func (e *Engine) verbTerms(q *query) []term {
	var out []term
	for _, t := range q.terms {
		if !lightVerbs[t.lower] && t.weight >= 0.2 && slices.Contains(e.lex.PartsOfSpeech(t.lower), "verb") && !determinedNoun(q.toks, t) {
			out = append(out, t)
		}
	}
	return out
}

// verbBefore reports whether one of the verbs asked stands before token k
// in its clause, within six words.
func verbBefore(s *sentence, k int, verbs []term) bool {
	for j := k - 1; j >= 0 && j >= k-6 && !punctuatedBetween(s.text, s.toks, j+1); j-- {
		if slices.ContainsFunc(verbs, func(t term) bool { return t.matches(s.toks[j]) }) {
			return true
		}
	}
	return false
}

// subjectOnlyAfter reports whether the common noun the question asks
// about as subject, or a WordNet synonym or broader term of it, ("how long has the factory been operating") stands in
// s only after duration n. English puts the subject before its verb and
// the verb's adjuncts (Quirk et al., §2.13, §8.58), so a duration the
// subject follows is the span of another subject's act ("Okoro has worked
// there for 19 years, following her father, who retired from the plant");
// a fronted duration ("For 68 years, the plant ...") and a subject the
// sentence names by a pronoun are left alone.
func (e *Engine) subjectOnlyAfter(q *query, s *sentence, n quantity) bool {
	subj, ok := askedSubject(q)
	k := n.tok
	for k > 0 && approximators[s.toks[k-1].lower] {
		k-- // "for about 19 years"
	}
	if !ok || k < 2 || e.noLex || tokenBefore(s, k) != "for" {
		return false // only an adjunct "for N years"; "45-minute classes" premodifies its own noun
	}
	var nouns []string // a noun inflects only for number (Quirk et al., §5.73): "plant", "plants"
	for _, w := range slices.Concat(e.lex.Synonyms(subj.lower), e.lex.Neighbours(subj.lower)) {
		if !strings.Contains(w, " ") && e.broaderTerm(subj.lower, w) {
			nouns = append(nouns, w, w+"s") // the article's "plant" for the factory asked
		}
	}
	after := false
	for j, t := range s.toks {
		if !subj.sameWord(t) && !slices.Contains(nouns, t.lower) {
			continue
		}
		if j < n.tok {
			return false
		}
		after = true
	}
	return after
}

// askedSubject is the term of the common noun that is the subject of
// "how long AUX [the] NOUN ...", when the question has one.
func askedSubject(q *query) (term, bool) {
	for i := 0; i+3 < len(q.toks); i++ {
		if q.toks[i].lower != "how" || q.toks[i+1].lower != "long" || !auxiliaries[q.toks[i+2].lower] {
			continue
		}
		k := i + 3
		for k < len(q.toks) && determiners[q.toks[k].lower] {
			k++
		}
		if k >= len(q.toks) || q.nameToks[k] || personalPronouns[q.toks[k].lower] || q.toks[k].lower == "it" {
			return term{}, false
		}
		for _, t := range q.terms {
			if t.matches(q.toks[k]) {
				return t, true
			}
		}
	}
	return term{}, false
}

// hyphenedSpan is a span of time written as a compound modifier, the
// number and its singular unit joined by a hyphen ("a 29-year career"),
// the number in figures or, below 10, in words ("a four-hour meeting").
var hyphenedSpan = lazyRE(`^(\d[\d,.]*|(?i:[a-z]+))-(second|minute|hour|day|week|month|year|decade)$`)

// durationWords writes a span of time that answers "how long" as a
// phrase of its own: the hyphen and the singular unit belong to the
// compound modifier before a noun (AP Stylebook, "hyphen": "a 29-year
// career", but "the career lasted 29 years"), so "29-year" answers as
// "29 years".
func durationWords(q *query, w string) string {
	m := hyphenedSpan.FindStringSubmatch(w)
	if q.measure != "long" || m == nil {
		return w
	}
	if m[1] == "1" || strings.EqualFold(m[1], "one") {
		return "1 " + m[2]
	}
	return m[1] + " " + m[2] + "s"
}
