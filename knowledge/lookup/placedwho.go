package lookup

import (
	"strconv"
	"strings"

	"storybot/knowledge"
)

// Who holds a finishing position (part of stage 4, who-questions), the
// converse of placing.go: "who came in second", "who finished third",
// "who placed 3rd". Competition copy gives a placing as an ordinal (AP
// Stylebook, "numerals": ordinals for placings) after a verb of
// finishing ("finished third", "came in second", "tied for ninth") or
// before "place" ("Third place went to Elena Vasquez", "took second
// place"), and the runner-up is the one WordNet 3.0 defines as "the
// competitor who finishes second" (runner-up, n. 1). Only a sentence
// that gives the asked ordinal in one of these forms answers: another
// ordinal after the same verb ("She finished 41st") is another placing,
// and an ordinal before another noun ("her third trip", "the 19th
// round") is no placing at all. A placing its own clause dates by a
// year or "ago" ("finished fourth in 2022 and was runner-up two years
// ago") is an earlier occasion's, the background paragraph a story
// closes with (AP Stylebook, on background; see earlieroccasion.go), and
// answers no question that names no earlier time.

// finishVerbs are the verbs a placing's ordinal follows, by their stems
// (AP Stylebook, "numerals": "finished third", "placed 3rd").
var finishVerbs = set("finish", "came", "come", "place", "end", "tie", "got", "get", "took", "take")

// placedWho answers a who-question that asks who holds an ordinal
// placing with the person, or else the team or school, the first
// sentence giving that placing names nearest the ordinal.
//
// Asked "who was runner-up", the question asks the holder of second place
// as "who came in second" does (WordNet 3.0, runner-up n. 1). A story of
// two races ("the men's race", "the women's race") gives each its own
// paragraphs, so of the sentences giving the placing the first whose
// paragraph holds most of the question's words answers ("runner up on
// the womens side": the women's race's paragraph).
func (e *Engine) placedWho(q *query) (reply, bool) {
	n, ok := askedPlacingOrdinal(q.toks)
	if !ok || e.asksUnnamedContest(q) {
		return reply{}, false
	}
	best, most := reply{}, -1
	for i := range e.r.sents {
		s := &e.r.sents[i]
		k := e.placingAt(s, n)
		if k < 0 || !asksEarlierTime(q) && placingDated(s, k) {
			continue
		}
		if held := e.paragraphTermsHeld(q, s.para); held > most {
			if x := e.nearestHolder(q, s, k); x >= 0 {
				best, most = reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, held
			}
		}
	}
	return best, most >= 0
}

// paragraphTermsHeld is how many of the question's terms paragraph p's
// sentences hold.
func (e *Engine) paragraphTermsHeld(q *query, p int) int {
	n := 0
	for _, x := range q.terms {
		for i := range e.r.sents {
			if s := &e.r.sents[i]; s.para == p && s.part == "" && termsWithin([]term{x}, s, 0, len(s.toks)) {
				n++
				break
			}
		}
	}
	return n
}

// askedPlacingOrdinal is the ordinal a who-question asks the holder of:
// one after a verb of finishing (past "in", "for" or "up") that ends the
// question or stands before "place" or the race it was in ("second in
// the women's race").
func askedPlacingOrdinal(toks []token) (int, bool) {
	if len(toks) < 3 || toks[0].lower != "who" && toks[0].lower != "whos" && toks[0].lower != "who's" {
		return 0, false
	}
	for i := 2; i < len(toks); i++ {
		if toks[i].lower == "runner-up" || toks[i].lower == "runnerup" || toks[i].lower == "runner" && i+1 < len(toks) && toks[i+1].lower == "up" {
			return 2, true // "who was runner up": second place (WordNet 3.0, runner-up n. 1)
		}
		n, ok := ordinalValue(toks[i].lower)
		if !ok || i+1 < len(toks) && toks[i+1].lower != "place" && !placingDomainPrepositions[toks[i+1].lower] {
			continue
		}
		if finishVerbAt(toks, i-1) || (toks[i-1].lower == "in" || toks[i-1].lower == "for" || toks[i-1].lower == "up") && finishVerbAt(toks, i-2) {
			return n, true
		}
	}
	return 0, false
}

// placingDomainPrepositions open the phrase that names the race or
// division a placing is in ("second in the women's race", "third on the
// men's side", "fourth among juniors").
var placingDomainPrepositions = set("in", "on", "among", "at")

// finishVerbAt reports whether token i is a verb of finishing.
func finishVerbAt(toks []token, i int) bool {
	return i >= 0 && (finishVerbs[toks[i].stem] || finishVerbs[toks[i].lower])
}

// placingAt is the token of s that gives placing n: its ordinal after a
// verb of finishing or before "place", after a copula with the finishing
// time ("was second in 2:22:30"), or "runner-up" for second; -1
// when s gives no such placing.
func (e *Engine) placingAt(s *sentence, n int) int {
	for i, t := range s.toks {
		if n == 2 && (t.lower == "runner-up" || t.lower == "runner" && i+1 < len(s.toks) && s.toks[i+1].lower == "up") {
			return i
		}
		v, ok := ordinalValue(t.lower)
		if !ok || v != n {
			continue
		}
		if i+1 < len(s.toks) && (s.toks[i+1].lower == "place" || s.toks[i+1].lower == "-place") || strings.HasSuffix(t.lower, "-place") {
			return i
		}
		if finishVerbAt(s.toks, i-1) || i > 0 && (s.toks[i-1].lower == "in" || s.toks[i-1].lower == "for") && finishVerbAt(s.toks, i-2) {
			return i
		}
		if i > 0 && beForms[s.toks[i-1].lower] && i+2 < len(s.toks) && s.toks[i+1].lower == "in" && strings.ContainsAny(s.toks[i+2].lower, "0123456789") {
			return i // "Brandt was second in 2:22:30": a copula's ordinal with the finishing time
		}
	}
	return -1
}

// placingDated reports whether the clause of s after token k dates it
// by a year, "ago" or "last year".
func placingDated(s *sentence, k int) bool {
	for j := k + 1; j < len(s.toks); j++ {
		if punctuatedBetween(s.text, s.toks, j) || clauseBreak(s.toks[j].lower) {
			return false
		}
		if t := s.toks[j]; yearOf(t) > 0 || t.lower == "ago" || t.lower == "year" && s.toks[j-1].lower == "last" {
			return true
		}
	}
	return false
}

// nearestHolder is the person s names or refers to nearest token k, or
// when it names none the organisation nearest it; never one the
// question names itself. -1 when there is none.
func (e *Engine) nearestHolder(q *query, s *sentence, k int) int {
	for _, kind := range []knowledge.EntityKind{knowledge.Person, knowledge.Organisation} {
		best, dist := -1, len(s.toks)+1
		for _, x := range append(append([]int(nil), s.named...), s.refs...) {
			if e.r.ents[x].kind != kind || contains(q.subjects, x) {
				continue
			}
			p := e.position(s, x)
			if !contains(s.named, x) {
				p = 0 // a pronoun: the subject that opens the sentence
			}
			if d := abs(p - k); d < dist {
				best, dist = x, d
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// ordinalValue is the number an ordinal word or figure gives ("third",
// "3rd": 3).
func ordinalValue(w string) (int, bool) {
	if v, ok := ordinalWords[w]; ok {
		return int(v), true
	}
	if m := ordinalRe.FindStringSubmatch(w); m != nil && m[0] == w {
		n, err := strconv.Atoi(m[1])
		return n, err == nil
	}
	return 0, false
}

// placingWords are the words of a placing question that name no contest.
var placingWords = set("runner-up", "runner", "runnerup", "up", "place", "placed", "finished")

// asksUnnamedContest reports whether the question names its contest by a
// word the article never uses ("the runner-up in the national bee" of a
// state bee): the placing asked is then another contest's. A noun
// WordNet files under group is no such word: "on the men's side" names
// the division by "side", "one of two or more contesting groups"
// (WordNet 3.0, side n. 2), as the article's "men's race" does.
func (e *Engine) asksUnnamedContest(q *query) bool {
	for _, t := range q.terms {
		if _, ordinal := ordinalValue(t.lower); ordinal || t.known || len(t.alts) > 0 || t.weak || placingWords[t.lower] || finishVerbs[t.stem] {
			continue // the placing's own words: "second", "runner-up", "place"
		}
		if e.noLex || !e.lex.KindOf(singular(t.lower), "group") {
			return true
		}
	}
	return false
}
