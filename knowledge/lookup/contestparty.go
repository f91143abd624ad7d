package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// Who beat whom (part of stage 4, who-questions): a verb of defeat
// (defeatverb.go) has the winner for its subject and the loser for its
// object (Quirk et al., §2.13, §10.2), a passive turns them round ("was
// beaten by", §3.63), and "lose to" names the winner after "to" (WordNet
// 3.0 gives "lose", "fail to win", as the antonym of "win"). So "who beat
// Carver" asks for the subject of a defeat whose object is Carver, "who
// did Delmont beat" for the object of one whose subject is Delmont, and
// "who lost" for the object of the story's own defeat: the lead's, as a
// bare question takes the act the story is about, told in its lead (the
// inverted pyramid; AP Stylebook, "lead"). A sentence that tells
// the defeat the other way round ("Carver … beat Delmont State 80-66 in
// December") answers neither.

// contestant is one party to a defeat: an entity, or a capitalised name the
// article writes that it did not recognise as one ("top-seeded Carver"),
// tokens from to end of its sentence.
type contestant struct {
	x        int
	from, to int
}

// defeat is one result a sentence tells: who won, who lost.
type defeat struct {
	winner, loser contestant
	s             *sentence
}

// defeats lists the results the article tells, the lead's first, then
// the headline's, then the rest in order. They depend on the article
// only, so they are read once, on the first contest question.
func (e *Engine) defeats() []defeat {
	e.defeatsOnce.Do(func() { e.results = e.readDefeats() })
	return e.results
}

// readDefeats reads the results for defeats.
func (e *Engine) readDefeats() []defeat {
	var out []defeat
	lead := e.leadSentence()
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for m, tok := range s.toks {
			if tok.cap || !e.canBe(tok.lower, "verb") {
				continue
			}
			var d defeat
			var ok1, ok2 bool
			switch {
			case e.verbOfDefeat(tok.lower) && passiveAt(s.toks, m):
				d.winner, ok1 = e.partyAfter(s, i, m, true)
				d.loser, ok2 = e.partyBefore(s, i, m)
			case e.verbOfDefeat(tok.lower):
				d.winner, ok1 = e.partyBefore(s, i, m)
				d.loser, ok2 = e.partyAfter(s, i, m, false)
			case e.baseVerb(tok.lower) == "lose" && lostTo(s, m) > 0:
				d.winner, ok1 = e.partyAfter(s, i, lostTo(s, m), false)
				d.loser, ok2 = e.partyBefore(s, i, m)
			default:
				continue
			}
			if ok1 && ok2 && e.sideName(s, d.winner) != e.sideName(s, d.loser) {
				d.s = s
				out = append(out, d)
			}
		}
	}
	rank := func(d defeat) int {
		switch {
		case d.s == lead:
			return 0
		case d.s.part == "title":
			return 1
		}
		return 2
	}
	slices.SortStableFunc(out, func(a, b defeat) int { return rank(a) - rank(b) })
	return out
}

// storyOwn reports whether d is told in the lead paragraph or the
// headline: the story's own result (a lead may take two sentences, the
// first delaying the news: "Until last week, Raman had never won a
// match. On Sunday, the qualifier … beat Markovic").
func (e *Engine) storyOwn(d defeat) bool {
	return d.s.para == 1 && d.s.part == "" || d.s.part == "title"
}

// sideName is the name a contestant goes by: its entity's, or its words.
func (e *Engine) sideName(s *sentence, p contestant) string {
	if p.x >= 0 {
		return e.a.Entities[p.x].Name
	}
	return s.text[s.toks[p.from].start:s.toks[p.to-1].end]
}

// entityParty is the entity named ending at token k of s (ending) or
// starting there, as a party: not a possessor, and not a place that only
// modifies a name or locates the act (teamPlace).
func (e *Engine) entityParty(s *sentence, k int, ending bool) (contestant, bool) {
	for _, x := range s.named {
		from, to := -1, -1
		if ending && e.endsAt(s, x, k) {
			from, to = k, k+1
			for from > 0 && e.formAt(s, x, from-1) > 0 {
				from--
			}
		} else if n := e.formAt(s, x, k); !ending && n > 0 {
			from, to = k, k+n
		}
		if from < 0 || s.toks[to-1].poss {
			continue
		}
		if e.r.ents[x].kind != knowledge.Place || teamPlace(s, from, to) {
			return contestant{x: x, from: from, to: to}, true
		}
	}
	return contestant{}, false
}

// capitalisedRun is the run of capitalised words, none sentence-initial,
// a title or a month, around token k ending there (ending) or starting
// there: a name the article did not recognise ("beat top-seeded Carver").
func capitalisedRun(s *sentence, k int, ending bool) (contestant, bool) {
	named := func(j int) bool {
		t := s.toks[j]
		return j > 0 && t.cap && !t.poss && !isTitleWord(t.lower) && !monthWord(t) && !stopWords[t.lower]
	}
	if !named(k) {
		return contestant{}, false
	}
	from, to := k, k+1
	if ending {
		for from > 1 && named(from-1) && spaced(s, from-1, from) {
			from--
		}
	} else {
		for to < len(s.toks) && named(to) && spaced(s, to-1, to) {
			to++
		}
	}
	return contestant{x: -1, from: from, to: to}, true
}

// partyBefore is the party named, or described so the article resolves
// the description, nearest before token m of sentence i in its clause
// (no comma between), not as a possessor. An -ing form right after a
// comma heads a supplementive clause, whose subject is the sentence's own
// ("Calloway … won the seat, defeating Brandt"; Quirk et al., §15.59).
func (e *Engine) partyBefore(s *sentence, i, m int) (contestant, bool) {
	var ks []int
	if m > 0 && strings.HasSuffix(s.toks[m].lower, "ing") && commaBetween(s, m-1, m) {
		for k := datelineEnd(s); k < m && !commaBetween(s, k, k+1); k++ {
			ks = append(ks, k)
		}
		return e.firstParty(s, i, ks, false)
	}
	for k := m - 1; k >= 0 && !commaBetween(s, k, k+1); k-- {
		if !s.toks[k].poss { // "Delmont State's Whitaker": the possessor is no party
			ks = append(ks, k)
		}
	}
	return e.firstParty(s, i, ks, true)
}

// partyAfter is the party named within six words after token m of
// sentence i, with no comma or conjunction between ("beat top-seeded
// Carver 71-68"); with by, only after "by" (a passive's agent).
func (e *Engine) partyAfter(s *sentence, i, m int, by bool) (contestant, bool) {
	k := m + 1
	if by {
		for k < len(s.toks) && k <= m+3 && s.toks[k].lower != "by" {
			k++
		}
		if k >= len(s.toks) || s.toks[k].lower != "by" {
			return contestant{}, false
		}
	}
	var ks []int
	for start := k; k < len(s.toks) && k <= start+6; k++ {
		if k > m+1 && (commaBetween(s, k-1, k) || coordinators[s.toks[k].lower]) {
			break
		}
		ks = append(ks, k)
	}
	return e.firstParty(s, i, ks, false)
}

// firstParty is the first party at the tokens ks of sentence i, in their
// order, named ending there (ending) or starting there: an entity or a
// description the article resolves, else a capitalised name it did not
// recognise ("Republican Curtis Brandt" is Curtis Brandt, not the run).
func (e *Engine) firstParty(s *sentence, i int, ks []int, ending bool) (contestant, bool) {
	for _, k := range ks {
		if p, ok := e.entityParty(s, k, ending); ok {
			return p, true
		}
		if x, ok := e.descRefs[[2]int{i, k}]; ok {
			return contestant{x: x, from: k, to: k + 1}, true // "the 19-year-old qualifier … beat"
		}
	}
	for _, k := range ks {
		if p, ok := capitalisedRun(s, k, ending); ok {
			return p, true
		}
	}
	return contestant{}, false
}

// teamPlace reports whether the place named at tokens from to to of s
// stands as a party itself, not as a modifier of a team's name or a
// location: a place name heads a noun phrase as a team or a nation's side
// ("beat Iowa 71-68") only when no capitalised word follows it and no
// preposition of place comes right before it ("Tesfahun of Ethiopia").
func teamPlace(s *sentence, from, to int) bool {
	if to < len(s.toks) && s.toks[to].cap && spaced(s, to-1, to) {
		return false
	}
	switch tokenBefore(s, from) {
	case "in", "at", "from", "of":
		return false
	}
	return true
}

// contestParty answers a who-question about a defeat from the results the
// article tells: "who beat X" and "who did X lose to" with the winner over
// X, "who did X beat" and "who lost to X" with X's loser, "who did X
// play" with X's opponent, a bare "who
// lost" (or one about a contest: "who lost the final") with the loser of
// the story's own result. False when the question is none of these or
// the article tells no such result.
func (e *Engine) contestParty(q *query) (reply, bool) {
	asked, needGiven, ok := e.contestAsked(q)
	if !ok {
		return reply{}, false
	}
	ds := e.defeats()
	givenWords := e.partyWords(q, ds)
	named := len(q.subjects) == 1 && slices.ContainsFunc(ds, func(d defeat) bool {
		return e.isParty(q, d.s, d.winner, nil) || e.isParty(q, d.s, d.loser, nil)
	}) // else the name is the contest's ("who lost the Senate race")
	given := named || len(givenWords) > 0
	if needGiven && !given {
		return reply{}, false
	}
	var rest []term
	for _, t := range e.contestRest(q) {
		if !slices.ContainsFunc(givenWords, func(g term) bool { return g.lower == t.lower }) {
			rest = append(rest, t)
		}
	}
	for pass := range 2 {
		for _, d := range ds {
			if !given && len(rest) == 0 && !e.storyOwn(d) {
				break // a bare "who won": a defeat told later is of another game ("Millport had won 11 straight games and beat Harbor City")
			}
			known, other := d.loser, d.winner
			if asked == askLoser || asked == askOpponent && e.isParty(q, d.s, d.winner, givenWords) {
				known, other = d.winner, d.loser
			}
			if given && !e.isParty(q, d.s, known, givenWords) || e.isParty(q, d.s, other, givenWords) {
				continue
			}
			if !named && len(q.subjects) == 1 && !contains(d.s.named, q.subjects[0]) {
				continue // the contest named must be the sentence's
			}
			if pass == 0 && !slices.ContainsFunc(rest, func(t term) bool { return len(termAt(d.s, t)) == 0 }) || pass == 1 && e.contestTerms(d.s, rest) {
				return reply{found: true, head: e.sideName(d.s, other) + ".", used: []*sentence{d.s}}, true
			}
		}
	}
	return reply{}, false
}

// isParty reports whether contestant p of s is the party the question names:
// its entity, a team named by the place the question names ("Sacramento"
// for the Sacramento Condors: AP style names a team by its city), or a
// name holding one of words.
func (e *Engine) isParty(q *query, s *sentence, p contestant, words []term) bool {
	name := strings.ToLower(e.sideName(s, p))
	for _, x := range q.subjects {
		ent := e.a.Entities[x]
		if p.x == x || ent.Kind == knowledge.Place && slices.Contains(strings.Fields(name), strings.ToLower(ent.Name)) {
			return true
		}
	}
	for j := p.from; j < p.to; j++ {
		if slices.ContainsFunc(words, func(t term) bool { return t.matches(s.toks[j]) }) {
			return true
		}
	}
	return false
}

// partyWords are the question's terms but its verb that name a contestant of
// one of ds by a word of its name ("who beat carver").
func (e *Engine) partyWords(q *query, ds []defeat) []term {
	var out []term
	for _, t := range e.contestRest(q) {
		for _, d := range ds {
			if e.isParty(&query{}, d.s, d.winner, []term{t}) || e.isParty(&query{}, d.s, d.loser, []term{t}) {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// contestRole is the party a contest question asks for.
type contestRole int

const (
	askWinner   contestRole = iota
	askLoser                // "who did Delmont beat", "who lost"
	askOpponent             // "who did Delmont play": the other side, whichever won
)

// opponentVerbs are the verbs whose object is the other side of a contest
// whichever side won: the contest verbs among Levin's (1993) reciprocal
// verbs, §36.1–36.3 (reciprocalVerbs), with "run" and "go" before
// "against".
var opponentVerbs = set("play", "face", "meet", "fight", "battle", "compete")

// contestAsked reads q as a question about a defeat: which party it asks
// for, and whether it must name the other party.
func (e *Engine) contestAsked(q *query) (asked contestRole, needGiven, ok bool) {
	if e.noLex || len(q.subjects) > 1 {
		return askWinner, false, false
	}
	if t, obj := e.asksObject(q); obj {
		last := q.toks[len(q.toks)-1].lower
		switch b := e.baseVerb(t.lower); {
		case e.verbOfDefeat(t.lower):
			return askLoser, true, true // "who did Delmont beat"
		case b == "lose" && last == "to":
			return askWinner, true, true // "who did Carver lose to"
		case opponentVerbs[b] || last == "against" && (b == "run" || b == "go" || opponentVerbs[b]):
			return askOpponent, true, true // "who did Delmont play", "who did Calloway run against"
		}
		return askWinner, false, false
	}
	t, ok := e.askedAct(q)
	if !ok {
		return askWinner, false, false
	}
	switch {
	case e.verbOfDefeat(t.lower):
		return askWinner, true, true // "who beat Carver"
	case e.baseVerb(t.lower) == "lose":
		return askLoser, false, true // "who lost", "who lost to Delmont"
	case e.baseVerb(t.lower) == "win" && len(q.subjects) == 0:
		return askWinner, false, true // "who won": the story's own result only (storyOwn)
	}
	return askWinner, false, false
}

// contestRest is q's terms but its verb's.
func (e *Engine) contestRest(q *query) []term {
	var out []term
	for _, t := range q.terms {
		if b := e.baseVerb(t.lower); b != "lose" && b != "run" && !opponentVerbs[b] && !e.verbOfDefeat(t.lower) {
			out = append(out, t)
		}
	}
	return out
}

// contestTerms reports whether every term s does not hold names a contest
// (WordNet 3.0: a kind of contest or of election: "the final", "the race",
// "the primary"): the result s tells answers a question of them.
func (e *Engine) contestTerms(s *sentence, ts []term) bool {
	for _, t := range ts {
		w := singular(t.lower)
		if len(termAt(s, t)) == 0 && !e.lex.KindOf(w, "contest") && !e.lex.KindOf(w, "election") && w != "election" && w != "contest" {
			return false
		}
	}
	return true
}

// lostTo is the index of the "to" that names the winner after "lose" at
// m: right after the verb ("lost to Eugene") or after the contest lost,
// its object ("lost the championship series to the Eugene Emeralds": the
// prepositional object after the direct one, Quirk et al. 1985, §16.55,
// as with "give it to"); 0 when none follows within the clause.
func lostTo(s *sentence, m int) int {
	for j := m + 1; j < len(s.toks) && j <= m+lostObjectSpan; j++ {
		if commaBetween(s, j-1, j) {
			return 0
		}
		switch w := s.toks[j].lower; {
		case w == "to":
			return j
		case prepositions[w] && w != "of" || w == "in" || w == "and":
			return 0
		}
	}
	return 0
}

// lostObjectSpan is how many words the object of "lose" may take before
// its "to" phrase: a determiner, a name of a few words and a head noun.
const lostObjectSpan = 8
