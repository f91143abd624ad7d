package lookup

import "slices"

// Left open (stage 5, before every answer type's handler). News writing
// marks what it does not know with a negated verb of saying, knowing or
// disclosing whose object is an indirect question ("Officials have not
// said who asked …", "declined to say which company did the work",
// "did not say how many"; Quirk et al. 1985, §15.5 on wh-interrogative
// clauses as objects, §10.64 on negation), or with a noun of the asked
// kind that a negated verb of giving or disclosing takes ("terms were not
// disclosed", "no date has been set", "did not give a reason") or that
// stands "under investigation" (AP Stylebook, "attribution": say plainly
// what is not known and who would not say). When the sentence that holds
// the question's act marks its answer so, the article does not know it:
// the reply refuses and quotes that sentence, instead of a guess from a
// neighbouring one.

// leftOpenHead opens the refusal that quotes the sentence.
const leftOpenHead = "The article says this is not known:"

// withheldVerbs are verbs of saying, knowing, deciding and disclosing
// whose negation leaves their object unknown (WordNet 3.0 verb.communication
// and verb.cognition: say, disclose, reveal, explain, specify, confirm,
// know, decide, determine).
var withheldVerbs = set("say", "said", "says", "disclose", "disclosed", "discloses", "reveal", "revealed",
	"explain", "explained", "specify", "specified", "confirm", "confirmed", "know", "knew", "known",
	"decide", "decided", "determine", "determined", "release", "released", "announce", "announced",
	"give", "gave", "given", "set", "name", "named", "identify", "identified", "provide", "provided")

// refusalVerbs (refusedact.go) take the withheld verb as their
// to-infinitive and deny it ("declined to say").

// openedBy are the words that open an indirect question answering each
// asked type (Quirk et al. 1985, §15.5).
var openedBy = map[answerType][]string{
	tPerson: {"who", "whom", "whose"}, tReason: {"why"}, tTime: {"when"}, tPlace: {"where"},
	tCount: {"how"}, tAmount: {"how"}, tWhich: {"which", "what"},
}

// unknownNouns are the nouns that name the asked thing of each type
// (WordNet 3.0 hypernyms: "reason" and "cause" of an explanation, "date"
// and "time" of a time point, "price", "terms" and "amount" of a sum,
// "suspect" and "name" of the person sought).
var unknownNouns = map[answerType][]string{
	tReason: {"reason", "reasons", "motive", "cause", "explanation"},
	tTime:   {"date", "time", "timeline", "timetable"},
	tAmount: {"terms", "price", "amount", "cost", "sum"},
	tPerson: {"suspect", "suspects", "name", "names"},
}

// deniedOrOpen is the reply when the article denies the question's act
// (decide.go's deniesAct) or leaves its answer open (leftOpen).
func (e *Engine) deniedOrOpen(q *query) (reply, bool) {
	if r, ok := e.deniesAct(q); ok {
		return r, true
	}
	return e.leftOpen(q)
}

// leftOpen refuses a question whose best sentence leaves its answer open.
func (e *Engine) leftOpen(q *query) (reply, bool) {
	if len(openedBy[q.typ]) == 0 || anyNegation(q.toks) || asksKnowledge(q.toks) || len(q.terms) == 0 || !slices.Contains(e.openMarks(), true) {
		return reply{}, false // most articles mark nothing open: no ranking
	}
	cands := e.rank(q, nil)
	for i, c := range cands {
		if i >= 3 || c.coverage < minCoverage || c.coverage < cands[0].coverage-1e-9 {
			break
		}
		s := &e.r.sents[c.s]
		if e.openMarks()[c.s] && (openClause(q, s, c.matched) || withheldNoun(q, s, c.matched)) {
			return reply{head: leftOpenHead, used: []*sentence{s}}, true
		}
	}
	if s := e.continuedOpen(q, cands); s != nil {
		return reply{head: leftOpenHead, used: []*sentence{s}}, true // "… plans to hire workers. It did not say how many." (continuedopen.go)
	}
	if s := e.storyEventOpen(q, cands); s != nil {
		return reply{head: leftOpenHead, used: []*sentence{s}}, true
	}
	return reply{}, false
}

// bareOfNouns are the prepositions whose phrase after an unknown noun
// names what it is of ("the cause of the blaze"), so that the noun is
// not bare.
var bareOfNouns = set("of", "for", "behind")

// storyEventOpen is the sentence that leaves open the asked thing of the
// story's own event with a bare definite noun ("Investigators have not
// determined the cause."), when the question asks about that event (the
// lead holds all of it) and no sentence holding the question gives a
// cause: a definite noun with no complement refers to what the text
// has made known (bridging reference: Clark 1975, "Bridging"; Quirk et
// al. 1985, §5.33 on the indirect anaphoric use of "the"), and a news
// story's event is the one its lead tells (AP Stylebook, "lead"). Nil
// when there is none.
func (e *Engine) storyEventOpen(q *query, cands []candidate) *sentence {
	lead := e.leadSentence()
	if lead == nil || len(unknownNouns[q.typ]) == 0 {
		return nil
	}
	leadHolds := false
	for i, c := range cands {
		if &e.r.sents[c.s] == lead {
			leadHolds = e.holds(q, c) && c.coverage >= 1-1e-9
		}
		if i < 3 && q.typ == tReason && e.holds(q, c) && e.statesCauseOf(c) {
			return nil // "a space heater caused the fire": the cause is given
		}
	}
	if !leadHolds {
		return nil
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !e.openMarks()[i] || s.para <= 1 {
			continue
		}
		for k := 1; k < len(s.toks); k++ {
			if s.toks[k-1].lower != "the" || !slices.Contains(unknownNouns[q.typ], s.toks[k].lower) || k+1 < len(s.toks) && bareOfNouns[s.toks[k+1].lower] {
				continue
			}
			if withheldNoun(q, s, []int{k}) {
				return s
			}
		}
	}
	return nil
}

// openMarks reports, per sentence, whether it marks anything open for
// some asked type, its words all taken as the question's: the checks
// below with no matched word left out, read once per article.
func (e *Engine) openMarks() []bool {
	e.openOnce.Do(func() {
		e.openMarked = make([]bool, len(e.r.sents))
		for i := range e.r.sents {
			s := &e.r.sents[i]
			all := make([]int, len(s.toks))
			for k := range all {
				all[k] = k
			}
			for typ := range openedBy {
				q := &query{typ: typ}
				if openClause(q, s, all) || withheldNoun(q, s, all) {
					e.openMarked[i] = true
					break
				}
			}
		}
	})
	return e.openMarked
}

// withheld reports whether the verb at k is negated, the infinitive of
// a verb of refusal ("declined to say"), or a verb of finding out after
// a verb of attempt ("trying to learn").
func withheld(s *sentence, k int) bool {
	if attemptedKnowing(s, k) {
		return true // "still trying to learn where" (attemptedknowing.go)
	}
	if !withheldVerbs[s.toks[k].lower] {
		return false
	}
	if negatedVerbGroup(s, k) {
		return true
	}
	return k >= 2 && s.toks[k-1].lower == "to" && refusalVerbs[s.toks[k-2].lower]
}

// openClause reports whether s holds a withheld verb, or "unclear" or
// "unknown", before an indirect question of the asked type that holds a
// matched word of the question before the clause ends at a comma.
func openClause(q *query, s *sentence, matched []int) bool {
	for k := 0; k+2 < len(s.toks); k++ {
		if !withheld(s, k) && !unknownAdjectives[s.toks[k].lower] {
			continue
		}
		if !slices.Contains(openedBy[q.typ], s.toks[k+1].lower) {
			continue
		}
		end := k + 2
		for end < len(s.toks) && !commaAfter(s, end-1) && !(clauseEnders[s.toks[end].lower] && end+1 < len(s.toks) && whClauseOpeners[s.toks[end+1].lower]) {
			end++ // "how many jobs would be cut or which of its plants": the second question is another's
		}
		for _, m := range matched {
			if m > k+1 && m < end {
				return true
			}
		}
	}
	return false
}

// withheldNoun reports whether s holds a noun naming the asked thing as
// the object or passive subject of a withheld verb within four words, or
// before "under investigation" or "unknown", in the stretch between
// commas that holds a matched word of the question: "…, who is leading
// the investigation, said police had not named any suspects" leaves open
// who did it, not who leads.
func withheldNoun(q *query, s *sentence, matched []int) bool {
	for i, t := range s.toks {
		if !slices.Contains(unknownNouns[q.typ], t.lower) || !matchedBetweenCommas(s, matched, i) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4 && !commaAfter(s, k); k-- {
			if withheld(s, k) {
				return true // "did not give a reason"
			}
		}
		for k := i + 1; k < len(s.toks) && k <= i+5 && !commaAfter(s, k-1); k++ {
			w := s.toks[k].lower
			if withheld(s, k) || noDeterminerBefore(s, i) && withheldVerbs[w] {
				return true // "terms were not disclosed", "no date has been set"
			}
			if w == "unknown" || w == "investigation" && s.toks[k-1].lower == "under" {
				return true // "the cause is under investigation"
			}
		}
	}
	return false
}

// matchedBetweenCommas reports whether a matched word stands between the
// commas around the word at i.
func matchedBetweenCommas(s *sentence, matched []int, i int) bool {
	from, to := i, i
	for from > 0 && !commaAfter(s, from-1) {
		from--
	}
	for to+1 < len(s.toks) && !commaAfter(s, to) {
		to++
	}
	return slices.ContainsFunc(matched, func(m int) bool { return m >= from && m <= to })
}
