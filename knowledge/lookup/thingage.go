package lookup

import (
	"fmt"
	"slices"
	"strings"
)

// originVerbs begin a thing's existence, so the year after them dates it
// and "how old is it" is answered by that year: the build and create
// verbs (Levin 1993, §26.1 and §26.4: build, construct, make, create,
// form), and the verbs WordNet 3.0 glosses as setting up or starting to
// operate ("found", "establish": set up or found; "open": start to
// operate or function; "date": be dated to a certain time; "begin" and
// "start": have a beginning, in a temporal sense). Levin's §26.4 create
// verbs also list "mint", "dig", "manufacture", "produce" and "publish",
// her §26.1 build verbs "cast", "carve" and "forge"; WordNet 3.0 glosses
// "drill" as "make a hole, especially with a pointed power or hand tool".
var originVerbs = set("built", "constructed", "made", "created", "formed", "founded",
	"established", "opened", "erected", "completed", "incorporated", "dedicated",
	"dates", "dated", "dating", "launched", "planted", "began", "begun", "started",
	"minted", "dug", "drilled", "manufactured", "produced", "published", "cast", "carved", "forged")

// thingAge answers "how old is X" when X is no person ("how old is the
// bridge"): from a sentence that holds X and dates it. A thing's age is
// written as a compound adjective before its noun ("a 62-year-old
// bridge"), as "N years old", as the time since it existed ("lived about
// 76 million years ago"), or as the year it was built, opened or founded
// ("the bridge, which opened in 1963"): then the age is the years from
// that year to the article's date, when the article was given one, and
// otherwise the year itself.
func (e *Engine) thingAge(q *query) (reply, bool) {
	if len(q.terms) == 0 && len(q.subjects) == 0 {
		return reply{}, false
	}
	// An age the article states beats one counted from a year: "the
	// 68-year-old bridge" answers before "the bridge was built in 1957".
	for _, stated := range []bool{true, false} {
		dates := func(s *sentence) bool { _, direct, ok := e.thingAgeIn(q, s); return ok && (direct || !stated) }
		if c, ok := e.best(q, dates); ok {
			s := &e.r.sents[c.s]
			head, _, _ := e.thingAgeIn(q, s)
			return reply{found: true, head: head, used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// thingAgeIn is the answer s gives to how old the thing q names is, and
// whether it gives one: an age whose phrase stands after a word of the
// question (the thing, as subject or head of the clause) or before it
// (the compound adjective premodifying the thing's noun), whether the
// sentence states the age (not a year to count from), and whether it
// gives one.
func (e *Engine) thingAgeIn(q *query, s *sentence) (string, bool, bool) {
	var at []int // the tokens of s that are words of the question or end the thing's name, in order
	for i, t := range s.toks {
		if slices.ContainsFunc(q.terms, func(x term) bool { return x.matches(t) }) {
			at = append(at, i)
		}
	}
	for _, x := range q.subjects {
		if p := e.lastPosition(s, x, len(s.toks)); p >= 0 {
			at = append(at, p)
		}
	}
	if len(at) == 0 {
		return "", false, false
	}
	slices.Sort(at)
	named := at[0]
	since := "" // the age counted from the year the thing began, when the sentence states none
	for _, n := range s.nums {
		switch {
		case n.kind == qAge && strings.Contains(n.text, "-") && slices.ContainsFunc(at, func(p int) bool { return e.agePremodifies(s, n, p) }):
			// "a 62-year-old bridge", "a 300-year-old stone church", "the
			// 68-year-old steel truss bridge" (the noun heads the
			// premodified phrase), wherever else the sentence names the
			// thing ("a pipe organ builder … a 235-year-old church organ");
			// not "Solberg, 42, the museum's curator"
			return ageOld(n), true, true
		case historySpan(s, n) && n.tok > named:
			// "the biggest crowd in its 142-year history": the span of the
			// past of what "its" refers back to
			return fmt.Sprintf("%s years old.", ageWords(n)), true, true
		case n.tok <= named || n.kind != qCount || n.unit != "year" || n.end >= len(s.toks):
		case s.toks[n.end].lower == "old":
			// "the oak is 300 years old"
			return capitalise(n.text) + " old.", true, true
		case s.toks[n.end].lower == "ago" && existedBefore(s, n):
			// "lived about 76 million years ago"; not "arrived from the zoo three years ago"
			return capitalise(hedged(s, n)) + " old.", true, true
		}
		if n.kind == qYear && n.tok > named && n.tok >= 2 && s.toks[n.tok-1].lower == "in" && originVerbs[s.toks[n.tok-2].lower] && since == "" {
			since = e.sinceYear(s, n) // a stated age later in the sentence comes first
		}
	}
	if since == "" {
		since = decadeSince(s, named) // "drilled in the 1950s" (origindecade.go)
	}
	return since, false, since != ""
}

// agePremodifies reports whether the compound age n premodifies the
// thing's noun at token p: p heads the phrase it premodifies (English puts
// the head last, so a noun before it is a modifier: "a 235-year-old church
// organ"), or stands right after it when no head is found, with no
// punctuation between, and p is no noun for a person.
func (e *Engine) agePremodifies(s *sentence, n quantity, p int) bool {
	if n.end > p || punctuatedBetween(s.text, s.toks, n.end) || e.personNoun(s.toks[p].lower) {
		return false
	}
	if h := e.premodifiedNoun(s, n); h >= 0 {
		return p == h // "a 235-year-old church organ": the organ's age, not the church's
	}
	return p <= n.end+1
}

// historySpan reports whether n is a span of years premodifying
// "history" after a possessive ("in its 142-year history", "the club's
// 88-year history"): "history" is the aggregate of past events of its
// possessor (WordNet 3.0, history.n.01: "a critical time in the school's
// history"), and the compound adjective before it measures it (Quirk et
// al., §17.97), so the possessor has existed that long.
func historySpan(s *sentence, n quantity) bool {
	if n.unit != "year" || !strings.Contains(n.text, "-") || n.end >= len(s.toks) || s.toks[n.end].lower != "history" || n.tok == 0 {
		return false
	}
	p := s.toks[n.tok-1]
	return p.lower == "its" || p.lower == "their" || p.poss
}

// sinceYear writes a thing's age from the year it began, n ("opened in
// 1963"): the years from then to the article's date when it has one.
func (e *Engine) sinceYear(s *sentence, n quantity) string {
	k := n.tok - 2
	for k > 0 && passiveAux[s.toks[k-1].lower] {
		k-- // "was built in 1890"
	}
	verb := s.text[s.toks[k].start:s.toks[n.tok-2].end]
	if reducedPassive(s, k) || k == n.tok-2 && objectlessOrigin[s.toks[k].lower] {
		verb = "was " + verb // "Crisp Valley, founded in 2009,", "a structure built in 1952": it was founded, built
	}
	return e.agedSince(n, verb+" in "+n.text)
}

// agedSince writes a thing's age from year n, in which it began as told
// ("was built in 1890", "dates from 1911"): the years from then to the
// article's date when it has one, else what is told.
func (e *Engine) agedSince(n quantity, told string) string {
	if e.a.Published.IsZero() || e.a.Published.Year() <= int(n.value) {
		return "It " + told + "."
	}
	return fmt.Sprintf("About %d years old: it %s.", e.a.Published.Year()-int(n.value), told)
}

// objectlessOrigin are the origin verbs that take their product as an
// object in the active voice (Levin 1993, §26.1 build verbs and §26.4
// create verbs, each listed with its object: "build a house"), so one
// with no auxiliary and nothing between it and "in" and the year ("a
// 120-foot concrete structure built in 1952") is a past participle in a
// reduced passive relative, "which was built" (Quirk et al., §17.29),
// with or without a comma before it. "Opened" and "formed" are not
// among them: "the bridge opened in 1963" is active.
var objectlessOrigin = set("built", "constructed", "made", "created", "founded", "established",
	"erected", "dedicated", "planted", "completed", "minted", "dug", "drilled", "manufactured",
	"produced", "published", "cast", "carved", "forged")

// reducedPassive reports whether the origin verb at token k of s, with no
// auxiliary before it, opens a participle clause set off by a comma after
// the thing's noun ("Crisp Valley, founded in 2009 by two brothers,"):
// a postmodifying -ed clause is a reduced passive relative ("which was
// founded", Quirk et al., §17.29), so the thing was founded; "dates" and
// "dating" are active forms, no participle.
func reducedPassive(s *sentence, k int) bool {
	if !punctuatedBetween(s.text, s.toks, k) {
		return false
	}
	l := s.toks[k].lower
	return strings.HasSuffix(l, "ed") || l == "made" || l == "built"
}

// thingAged reports whether the age n premodifies the noun of a thing,
// not of a person ("a 58-year-old footbridge"): the compound adjective
// describes the noun after it (Quirk et al., §17.97), and neither that
// noun nor the next is a noun for a person ("a 31-year-old single
// mother"), nor a capitalised name ("a 31-year-old Ohio man").
func (e *Engine) thingAged(s *sentence, n quantity) bool {
	if e.noLex || n.end >= len(s.toks) || !strings.Contains(n.text, "-") {
		return false
	}
	for k := n.end; k < len(s.toks) && k <= n.end+1; k++ {
		t := s.toks[k]
		if t.cap || e.personNoun(t.lower) || e.personNoun(singular(t.lower)) {
			return false
		}
	}
	next := s.toks[n.end].lower
	return e.canBe(next, "noun")
}

// existenceVerbs tell that a thing was: Levin's (1993, §47.1) verbs of
// existence, "exist" and "live", in the past.
var existenceVerbs = set("lived", "existed")

// existedBefore reports whether span n, before "ago", is how long ago the
// thing began or lived: the verb of its clause (past a hedge, "lived about
// 76 million years ago") is one of existence or of origin. "Arrived three
// years ago" dates an act, not the thing. The adjunct of time position
// belongs to the verb of its clause wherever it stands in it (Quirk et
// al., §8.55–8.57), past the verb's prepositional complements ("was carved
// from a single oak trunk about 140 years ago"), but not past the joint of
// another clause ("built by settlers who arrived 150 years ago").
func existedBefore(s *sentence, n quantity) bool {
	for k := beforeApproximators(s, n); k >= 0 && k >= n.tok-10; k-- {
		l := s.toks[k].lower
		if existenceVerbs[l] || originVerbs[l] {
			return true
		}
		if clauseJoints[l] || relativePronouns[l] || punctuatedBetween(s.text, s.toks, k) {
			return false
		}
	}
	return false
}
