package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Reasons: "why …" answered with the sentence that tells the event asked
// about and, when that sentence gives no cause, the one that does. News
// writing gives a cause with a subordinator ("because", "after", "as"), a
// participle ("citing", "saying"), the next sentence, or the actor's own
// account of the act right after it.

// reason answers "why …" with the sentence that holds the question's
// subject and predicate, preferring one that states a cause.
func (e *Engine) reason(q *query) (reply, bool) {
	if r, ok := e.despite(q); ok {
		return r, true
	}
	if c, ok := e.causeAmongBest(q); ok {
		if !e.statesCauseOf(c) && !e.causeFollows(c.s) {
			if s := e.storyCause(q); s != nil && s != &e.r.sents[c.s] {
				return reply{found: true, used: []*sentence{s}}, true // "Investigators have not determined a cause" (storycause.go)
			}
		}
		if actInCauseClause(&e.r.sents[c.s], c.matched) {
			if n, ok := e.nominalCause(q); ok {
				c = n // "The refrigeration failure was caused by …" (nominalcause.go)
			}
		}
		s := &e.r.sents[c.s]
		used := []*sentence{s}
		own := e.statesCauseOf(c) && !actInCauseClause(s, c.matched) // "The inspections began after the train derailed" gives no cause of the derailment (actincause.go)
		switch {
		case !own:
			used = e.withCause(q, c.s)
			if r := e.juxtaposedReason(c.s); len(used) == 1 && r != nil {
				used = []*sentence{r, s} // "It closed in March. Inspectors had found mold …" (juxtaposedreason.go)
			}
		case e.onlyTemporalCause(s):
			if n := c.s + 1; n < len(e.r.sents) && e.r.sents[n].para == s.para && s.para > 0 && e.accountBy(q, s, &e.r.sents[n]) {
				used = append(used, &e.r.sents[n]) // "after two years in the Army" tells when; his next words tell why
			}
		}
		used = reasonFirst(used, s, own || e.viewAsked(q) >= 0) // "why did she drop out": the label's account of her surgery, then the event (reasonfirst.go)
		if x := e.viewAsked(q); len(used) == 1 && x >= 0 && (s.speaker == x || contains(s.named, x)) {
			if g := e.groundsAfter(x, c.s); g != nil {
				used = append(used, g) // "why does Flores think …": her next statement gives her grounds
			}
		}
		return reply{found: true, used: used}, true
	}
	return reply{}, false
}

// causeAmongBest is the best candidate that holds, or, when it states no
// cause, the first among those that hold as much of the question (the
// same share of its terms and of its entities) that does: when the
// question's words do not tell two sentences apart, the one that gives a
// cause is the one that answers "why" ("Casey voted no." "Casey … said
// she opposed the plan because …"). Of a death, the sentence naming its
// cause ("died of a perforated ulcer") answers before one whose cause
// word tells something else ("After Tillis died, …").
func (e *Engine) causeAmongBest(q *query) (candidate, bool) {
	var first, next, cause candidate
	found, hasNext, hasCause := false, false, false
	death := asksDeath(q)
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) || len(q.subjects) == 1 && e.onlyKinOf(&e.r.sents[c.s], q.subjects[0]) || !e.holdsAWordItself(q, &e.r.sents[c.s]) {
			continue // a sentence with only a synonym of the act does not state it (actstated.go)
		}
		if toldAsCausedByAgent(&e.r.sents[c.s], c.matched) {
			continue // "fees caused by the outage" tells what the outage caused (causedby.go)
		}
		if e.statesCauseOf(c) && onlyInTimeAdjunct(&e.r.sents[c.s], c.matched) {
			continue // "600 before the fire, because …" explains the seats (timeadjunct.go)
		}
		if found && (c.coverage < first.coverage || c.subjects < first.subjects) {
			continue
		}
		if death && namesDeathCause(&e.r.sents[c.s]) {
			return c, true // "he died of a perforated ulcer" (deathcause.go)
		}
		if e.statesCauseOf(c) && !actInCauseClause(&e.r.sents[c.s], c.matched) {
			if !death {
				return c, true
			}
			if !hasCause {
				cause, hasCause = c, true // a death's cause may yet be named ("died of")
			}
		}
		if !hasNext && e.causeFollows(c.s) {
			next, hasNext = c, true // "Varga died Sunday … The cause was heart failure"
		}
		if !found {
			first, found = c, true
		}
	}
	if hasCause {
		return cause, true
	}
	if hasNext {
		return next, true
	}
	return first, found
}

// causeFollows reports whether the sentence after sentence i, in the same
// paragraph or as the whole next paragraph (causeparagraph.go), states a
// cause: news writing tells an event, then its cause.
func (e *Engine) causeFollows(i int) bool {
	n := i + 1
	return n < len(e.r.sents) && e.r.sents[i].para > 0 && e.r.sents[n].para == e.r.sents[i].para && e.givesCause(&e.r.sents[n]) || e.causeParagraphAfter(i) >= 0
}

// withCause is sentence i with the neighbour in its paragraph that gives
// its cause: a sentence before or after that states a cause ("… invoked the
// Emergency Conflagration Act, which allows it to send … crews." "Nine task
// forces … arrived overnight."), or, after it, the actor's own account of
// the act ("Osei cast a vote against the plan." "Osei said he objected to
// the timing …"), which is how news writing reports a person's reasons.
// A lead with no cause of its own is explained by the paragraph after
// it: the inverted pyramid puts the what in the lead and the why and how
// in the paragraphs that support it (Missouri Group, "News Reporting and
// Writing", on the paragraphs after a summary lead).
func (e *Engine) withCause(q *query, i int) []*sentence {
	s := &e.r.sents[i]
	if asksDeath(q) && namesDeathCause(s) {
		return []*sentence{s} // "died of hypothermia" is the whole answer
	}
	if p := e.resultOfBefore(i); p != nil {
		return []*sentence{p, s} // "… could not fill the jobs. The store cut hours as a result." (resultconjunct.go)
	}
	for _, n := range []int{i - 1, i + 1} {
		if n < 0 || n >= len(e.r.sents) || e.r.sents[n].para != s.para || s.para == 0 {
			continue
		}
		if e.givesCause(&e.r.sents[n]) {
			if n < i {
				return []*sentence{&e.r.sents[n], s}
			}
			return []*sentence{s, &e.r.sents[n]}
		}
	}
	if n := e.causeParagraphAfter(i); n >= 0 {
		return []*sentence{s, &e.r.sents[n]} // "Investigators later blamed faulty wiring …" as its own paragraph (causeparagraph.go)
	}
	if n := e.causeOfAnaphorAt(i); n >= 0 {
		return []*sentence{s, &e.r.sents[n]} // "… investigating the cause of that crash" later in the paragraph (causeofanaphor.go)
	}
	if n := i + 1; n < len(e.r.sents) && e.r.sents[n].para == s.para && s.para > 0 && (e.accountBy(q, s, &e.r.sents[n]) || atThatTime.MatchString(e.r.sents[n].text)) {
		return []*sentence{s, &e.r.sents[n]}
	}
	if c := e.deathCauseAfter(q, i); c != nil {
		return []*sentence{s, c} // an obituary's cause of death, in the paragraph after the death
	}
	if n := i + 1; s == e.leadSentence() && n < len(e.r.sents) && e.r.sents[n].para == s.para+1 {
		return []*sentence{s, &e.r.sents[n]} // the paragraph after the lead explains it
	}
	return []*sentence{s}
}

// atThatTime refers back to the time of the event just told ("The company
// was losing money at the time"): an anaphoric time adverbial (Quirk et
// al., §8.55), whose sentence gives the circumstances the event answered,
// as news writing gives the grounds of a past decision.
var atThatTime = lazyRE(`(?i)\bat (?:the|that) time\b`)

// accountBy reports whether next, the sentence after s, reports outside
// quotation marks what an actor the question asks about said ("Osei, 41,
// said he backed transit but objected …"; "It has no other customer …,
// company owner Walt Brenneman said."). The actors are the people and
// organisations the question names; a question that asks about "he" or
// "she" without naming anyone asks about the person s tells of.
func (e *Engine) accountBy(q *query, s, next *sentence) bool {
	actor := false
	for _, x := range e.actors(q, s) {
		if contains(next.named, x) || contains(next.refs, x) || e.continuesSubject(s, next, x) {
			actor = true
		}
	}
	if !actor {
		return false
	}
	for i, t := range next.toks {
		if speechVerbs[t.lower] && !next.quoted[i] {
			return true
		}
	}
	return false
}

// continuesSubject reports whether next opens with "it" or "they" and x
// is the first person or organisation s names (its subject): a subject pronoun at the head of a sentence continues
// the subject of the one before (centering: Grosz, Joshi and Weinstein,
// "Centering", Computational Linguistics 21(2), 1995), so "Precision Trim
// … laid off 140 workers. It has no other customer …" speaks of the
// company.
func (e *Engine) continuesSubject(s, next *sentence, x int) bool {
	if len(next.toks) == 0 || (next.toks[0].lower != "it" && next.toks[0].lower != "they") {
		return false
	}
	first, at := -1, len(s.toks)
	from := datelineEnd(s)
	for _, y := range s.named {
		if k := e.r.ents[y].kind; k != knowledge.Person && k != knowledge.Organisation {
			continue
		}
		if p := e.position(s, y); p >= from && p < at {
			first, at = y, p
		}
	}
	return first == x
}

// datelineEnd is the index of the first token after a dateline ("ELTON,
// Ore. (AP) — "), or 0: the dateline names the place and the agency, not
// the sentence's subject.
func datelineEnd(s *sentence) int {
	for k := 1; k < len(s.toks); k++ {
		gap := s.text[s.toks[k-1].end:s.toks[k].start]
		if strings.ContainsAny(gap, "—–") {
			if strings.Contains(s.text[:s.toks[k-1].end+1], "(") {
				return k
			}
			return 0
		}
	}
	return 0
}

// actors are the people and organisations q asks about, or, when it names
// none but refers to someone by a personal pronoun, the people s mentions.
func (e *Engine) actors(q *query, s *sentence) []int {
	var out []int
	for _, x := range q.subjects {
		if k := e.r.ents[x].kind; k == knowledge.Person || k == knowledge.Organisation {
			out = append(out, x)
		}
	}
	if len(out) > 0 || !hasPronoun(q.toks) {
		return out
	}
	for _, x := range append(append([]int{}, s.named...), s.refs...) {
		if e.r.ents[x].kind == knowledge.Person && !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// causeWords mark a clause that gives a cause, a purpose or what made
// something possible (Quirk et al., §15.45–15.48, causal and purpose
// subordinators and connectives, with the verbs of causing and enabling),
// and the verb "blame", which assigns a cause (WordNet blame v. 2, "put or
// pin the blame on": "investigators blamed faulty wiring").
var causeWords = set("because", "since", "due", "result", "so", "therefore", "thus", "after",
	"allows", "allowed", "allow", "enables", "enabled", "led", "prompted", "prompting",
	"citing", "amid", "following", "caused", "causing", "triggered", "cause",
	"blame", "blames", "blamed", "blaming")

// temporalCauseWords are the subordinators of time that may also imply a
// cause (Quirk et al., §15.45: "after", "since" and "following" say when
// and only suggest why).
var temporalCauseWords = set("after", "since", "following")

// onlyTemporalCause reports whether the only cause a sentence gives is by
// a subordinator of time.
func (e *Engine) onlyTemporalCause(s *sentence) bool {
	for i, t := range s.toks {
		if e.causeWordAt(s, i) && !temporalCauseWords[t.lower] {
			return false
		}
	}
	return !givesReasonClause(s)
}

// givesCause reports whether a sentence gives a cause: by a word of
// cause, an end point's "when" clause, or a clause of reason or purpose
// (reasonclause.go).
func (e *Engine) givesCause(s *sentence) bool {
	for i := range s.toks {
		if e.causeWordAt(s, i) {
			return true
		}
	}
	return endedWhen.MatchString(s.text) || givesReasonClause(s)
}

// endedWhen is an end point with the event that came at it ("kept them
// going until 2019, when his eyesight began to fail"): "until" marks the
// terminal point of a situation (Quirk et al., §15.25), and the "when"
// clause in apposition to it tells what ended it.
var endedWhen = lazyRE(`\buntil [^,.;]{1,30}, when\b`)

// concession splits "why X if Y" (or "even though", "although", "though",
// "despite", "even if") into the event asked about and the fact conceded
// (Quirk et al., §15.39–15.42, concessive and conditional-concessive
// clauses): the question asks what outweighed Y.
var concession = lazyRE(`^(.*\bwhy\b.*?)[ ,]+(?:even though|even if|although|though|despite|if)\s+\S`)

// contrastOpeners open a sentence that contrasts with the one before
// (Quirk et al., §8.137, §13.5: the adversative conjunct and conjunctions).
var contrastOpeners = set("but", "yet", "however", "still", "nevertheless", "nonetheless")

// despite answers "why X if Y": the sentence that tells X in contrast with
// the sentence before it ("Fifteen of the 17 counties went for Brandt. But
// Calloway won Clark County …"), with that sentence, which states Y.
func (e *Engine) despite(q *query) (reply, bool) {
	m := concession.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil {
		return reply{}, false
	}
	ev := e.understand(m[1], nil)
	for _, c := range e.rank(ev, nil) {
		s := &e.r.sents[c.s]
		if !e.holds(ev, c) || len(s.toks) == 0 || !contrastOpeners[s.toks[0].lower] {
			continue
		}
		if p := e.previous(c.s); p != nil {
			return reply{found: true, used: []*sentence{p, s}}, true
		}
		return reply{found: true, used: []*sentence{s}}, true
	}
	return reply{}, false
}

// onlyKinOf reports whether s names x only as the possessor of another
// person ("Brandt's wife … died"): the sentence tells of that person's
// act, not of x's, so it gives no cause of what x did or underwent.
func (e *Engine) onlyKinOf(s *sentence, x int) bool {
	if contains(s.refs, x) {
		return false
	}
	found := false
	for i := range s.toks {
		for _, f := range e.r.ents[x].forms {
			if !matchForm(s.toks, i, f) {
				continue
			}
			last := i + len(f) - 1
			if !s.toks[last].poss || last+1 >= len(s.toks) || !e.kinNoun(s.toks[last+1].lower) {
				return false
			}
			found = true
		}
	}
	return found
}

// kinNoun reports whether a noun names a person by relation, title or
// kind ("wife", "spokesman").
func (e *Engine) kinNoun(w string) bool {
	return relationNouns[w] || personTitles[w] || !e.noLex && e.personNoun(singular(w))
}
