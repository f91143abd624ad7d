package lookup

import "strings"

// Whether a thing is in operation (part of stage 4, yes/no): "is the road
// open", "are trains running", "is sunday still on", "has the ban been
// lifted" ask a state that news writing as often reports by its opposite
// as by its own word: "the highway remains shut", "service was
// suspended", "Saturday's lineup was canceled", "the order remains in
// force". WordNet links few of these pairs directly, but it states the
// opposition through its synsets, and the state words below are read
// from them:
//
//   - open.a.01 "affording unobstructed entrance and exit" has the
//     direct antonym closed.a.01 {closed, shut}; "seal" and "shutter" are
//     kinds of the verb "close", and "reopen" is "open again";
//   - on.a.01 "in operation" and on.a.02 "(of events) planned or
//     scheduled" have the antonyms off.a.01 and off.a.02 {off, cancelled};
//     cancel.v.01 is {cancel, call off, scratch, scrub}, and WordNet gives
//     it as a neighbour of postpone.v.01 {postpone, put off, shelve, defer};
//   - functioning.a.01's satellite {running, operative, functional,
//     working}, operational.s {operational, in operation, operating} and
//     operate.v {operate, run, function, work, go}; the verb "idle" is the
//     direct antonym of "run" and "work";
//   - stop.v {stop, discontinue, cease} (with its synonym "halt") and the
//     senses of "suspend" glossed "make inoperative or stop" and "stop a
//     process … by imposing a freeze"; "continue" {continue, go on,
//     proceed} is the direct antonym of "discontinue", and resume.v
//     {resume, restart} is its neighbour; go_ahead.v "proceed (with a plan
//     of action)"; happen.v {happen, go on, occur, take place};
//   - operative.a.01 "being in force" with its satellite {effective, in
//     effect, in force}, whose end is lift.v "put an end to; lift a ban"
//     and revoke.v {revoke, annul, lift, repeal, rescind}.
//
// A state stated of the asked thing in the sentence answers the question:
// the same side Yes, the other side No (Cruse, "Lexical Semantics", 1986,
// ch. 9: contraries and complementaries are incompatible, so one stated
// denies the other). Two words on the "not in operation" side are not
// the same state ("postponed" is not "canceled"), so a Yes there needs the
// asked word's own family.

// opState is what a state word says: whether its thing is in operation,
// and for the words of the other side, which of WordNet's ends it is.
type opState struct {
	on     bool
	family string
	// again: a re- verb ("reopened", "resumed"), which presupposes the
	// other state before it (Marchand 1969, §3.53, re- "again, back")
	again bool
	// toCome: told under a future modal or a verb of intention or
	// schedule ("expected to reopen in April"), a state still to come
	// (statetocome.go)
	toCome bool
}

// operationWords are the single state words, as written, from the
// synsets above.
var operationWords = map[string]opState{
	"open": {on: true}, "opened": {on: true}, "reopen": {on: true, again: true}, "reopened": {on: true, again: true}, "reopens": {on: true, again: true},
	"running": {on: true}, "operating": {on: true}, "operational": {on: true}, "working": {on: true},
	"functioning": {on: true}, "continuing": {on: true}, "continued": {on: true}, "resumed": {on: true, again: true},
	"resumes": {on: true, again: true}, "restarted": {on: true, again: true}, "proceeding": {on: true}, "happening": {on: true},
	"closed": {family: "close"}, "shut": {family: "close"}, "shuttered": {family: "close"}, "sealed": {family: "close"},
	"suspended": {family: "stop"}, "halted": {family: "stop"}, "stopped": {family: "stop"}, "ceased": {family: "stop"},
	"discontinued": {family: "stop"}, "idle": {family: "stop"}, "idled": {family: "stop"},
	"canceled": {family: "cancel"}, "cancelled": {family: "cancel"}, "scrubbed": {family: "cancel"},
	"postponed": {family: "postpone"}, "shelved": {family: "postpone"}, "deferred": {family: "postpone"},
	"lifted": {family: "lift"}, "rescinded": {family: "lift"}, "revoked": {family: "lift"}, "repealed": {family: "lift"},
}

// operationPhrases are the two-word state words: WordNet's multi-word
// lemmas and the tenses of go_ahead.
var operationPhrases = map[string]opState{
	"in effect": {on: true}, "in force": {on: true}, "in operation": {on: true}, "in service": {on: true},
	"go ahead": {on: true}, "goes ahead": {on: true}, "went ahead": {on: true}, "going ahead": {on: true},
	"called off": {family: "cancel"}, "put off": {family: "postpone"},
}

// stateAt reads a state word at token k of toks: the state and how many
// tokens it takes. "on" and "off" are states only closing their clause
// after a copula or "still"/"back" ("the show is still on"), not as
// prepositions ("on Sunday"); "running out" and "running late" are no
// operation.
func stateAt(toks []token, k int) (opState, int, bool) {
	if k+1 < len(toks) {
		if st, ok := operationPhrases[toks[k].lower+" "+toks[k+1].lower]; ok {
			return st, 2, true
		}
	}
	w := toks[k].lower
	if w == "on" || w == "off" {
		return particleState(toks, k)
	}
	if st, ok := operationWords[w]; ok {
		if w == "running" && k+1 < len(toks) && runningElse[toks[k+1].lower] {
			return opState{}, 0, false
		}
		return st, 1, true
	}
	return opState{}, 0, false
}

// runningElse follow "running" where it means running short or late,
// not in operation.
var runningElse = set("out", "low", "short", "late", "behind", "for", "away")

// particleState reads "on" or "off" at token k as a state: after a
// copula, "still", "back" or a verb of remaining, and closing its clause
// or followed only by an adverb (stateClosers), not as a preposition
// ("on Sunday").
func particleState(toks []token, k int) (opState, int, bool) {
	if k == 0 || k+1 < len(toks) && !stateClosers[toks[k+1].lower] {
		return opState{}, 0, false
	}
	if p := toks[k-1].lower; !beForms[p] && !stateAdverbs[p] && !remainVerbs[p] {
		return opState{}, 0, false
	}
	if toks[k].lower == "on" {
		return opState{on: true}, 1, true
	}
	return opState{family: "cancel"}, 1, true
}

// stateClosers may follow a state word "on" or "off" that closes its
// clause: adverbs of time and degree, and the coordinators and
// subordinators that open the next clause.
var stateClosers = set("today", "tonight", "now", "yet", "too", "again", "and", "but", "as", "though", "although")

// remainVerbs are the verbs of remaining in a state (Quirk et al. 1985,
// §16.21, current copulas).
var remainVerbs = set("remain", "remains", "remained", "stay", "stays", "stayed", "kept")

// askedOperation reads a question "be X [still] STATE …", "has X been
// STATE" or "did … STATE-verb X": the subject's (or object's) words and
// the state asked, with the word that asked it.
func (e *Engine) askedOperation(q *query) ([]token, opState, bool) {
	if q.negated || len(q.toks) < 3 {
		return nil, opState{}, false
	}
	first := q.toks[0].lower
	switch {
	case beForms[first] && !strings.HasSuffix(first, "n't"):
		return e.subjectThenState(q, 1, false)
	case first == "has" || first == "have" || first == "had":
		if subj, st, ok := e.subjectThenState(q, 1, true); ok {
			return subj, st, true
		}
		return e.verbThenObject(q)
	case first == "did" || first == "do" || first == "does":
		return e.verbThenObject(q)
	}
	return nil, opState{}, false
}

// operationVerbs are the verbs of the synsets above, as an auxiliary's
// question writes them ("did they cancel the game", "have they lifted the
// ban"), with the state they bring their object to.
var operationVerbs = map[string]opState{
	"open": {on: true}, "opened": {on: true}, "reopen": {on: true}, "reopened": {on: true},
	"resume": {on: true}, "resumed": {on: true}, "restart": {on: true}, "restarted": {on: true},
	"close": {family: "close"}, "shut": {family: "close"}, "seal": {family: "close"}, "sealed": {family: "close"},
	"stop": {family: "stop"}, "stopped": {family: "stop"}, "halt": {family: "stop"}, "halted": {family: "stop"},
	"suspend": {family: "stop"}, "suspended": {family: "stop"}, "discontinue": {family: "stop"},
	"cancel": {family: "cancel"}, "canceled": {family: "cancel"}, "cancelled": {family: "cancel"}, "scrub": {family: "cancel"},
	"postpone": {family: "postpone"}, "postponed": {family: "postpone"}, "delay": {family: "postpone"},
	"lift": {family: "lift"}, "rescind": {family: "lift"}, "rescinded": {family: "lift"}, "revoke": {family: "lift"}, "repeal": {family: "lift"},
}

// verbThenObject reads "AUX SUBJECT VERB OBJECT" with a verb of
// operationVerbs: the object's words, which name the thing whose state
// is asked, and the verb's state.
func (e *Engine) verbThenObject(q *query) ([]token, opState, bool) {
	v := -1
	for k := 2; k < len(q.toks); k++ {
		if _, ok := operationVerbs[q.toks[k].lower]; ok {
			v = k
			break
		}
	}
	if v < 0 {
		return nil, opState{}, false
	}
	obj, ok := e.phraseWords(q, v+1, len(q.toks))
	if ok && len(obj) == 0 {
		obj, ok = e.phraseWords(q, 1, v) // "did the pool reopen": the verb's own subject
	}
	if !ok || len(obj) == 0 {
		return nil, opState{}, false
	}
	return obj, operationVerbs[q.toks[v].lower], true
}

// phraseWords are the noun phrase words of q's tokens from..to, past
// determiners, possessive pronouns and the adverbs of stateAdverbs; false
// when another word stands among them.
func (e *Engine) phraseWords(q *query, from, to int) ([]token, bool) {
	var out []token
	for k := from; k < to; k++ {
		t := q.toks[k]
		switch {
		case stateAdverbs[t.lower] || determiners[t.lower] || possessivePronouns[t.lower] || t.lower == "too":
		case q.nameToks[k] || e.subjectWord(t):
			out = append(out, t)
		default:
			return nil, false
		}
	}
	return out, true
}

// stateAdverbs may stand between a subject and its state ("still
// open", "back on").
var stateAdverbs = set("still", "again", "now", "back", "currently", "already", "yet", "even", "also")

// subjectThenState walks the question's subject from token k to its
// state word; withBeen asks for "been" before the state.
func (e *Engine) subjectThenState(q *query, k int, withBeen bool) ([]token, opState, bool) {
	var subj []token
	for ; k < len(q.toks); k++ {
		t := q.toks[k]
		if withBeen && t.lower == "been" {
			if st, _, ok := stateAt(q.toks, k+1); ok && len(subj) > 0 {
				return subj, st, true
			}
			return nil, opState{}, false
		}
		if st, _, ok := stateAt(q.toks, k); ok && !withBeen && len(subj) > 0 {
			return subj, st, true
		}
		switch {
		case stateAdverbs[t.lower] || determiners[t.lower] || possessivePronouns[t.lower]:
		case q.nameToks[k] || e.subjectWord(t) || e.ingPremodifier(q.toks, k) || e.adjectivePremodifier(q.toks, k, subj): // ingpremodifier.go, adjpremodifier.go
			subj = append(subj, t)
		default:
			return nil, opState{}, false
		}
	}
	return nil, opState{}, false
}

// operationState answers a question of askedOperation's shape from the
// first sentence that states a state of the asked thing.
func (e *Engine) operationState(q *query) (reply, bool) {
	if e.noLex {
		return reply{}, false
	}
	subj, asked, ok := e.askedOperation(q)
	if !ok {
		return reply{}, false
	}
	anchor, mods := e.operationAnchor(q, subj)
	if anchor.lower == "" {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		for k, t := range s.toks {
			if !t.meets(anchor.stem) || !modifiersAround(s, k, mods) { // nounpostmodifier.go
				continue
			}
			st, found := stateOfMention(s, k)
			if !found {
				continue
			}
			if later, ok := laterState(s, k); ok && !pastAsked(q) {
				st = later // "had been closed …, but it reopened": the later state holds now
			}
			if st.toCome && !asksFuture(q) {
				if r, ok := stateStillToCome(asked, st, s); ok {
					return r, true // "are the lanes open yet": "are expected to reopen in April"
				}
				continue
			}
			if head, ok := operationVerdict(asked, st, pastAsked(q)); ok {
				return reply{found: true, head: head, used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// laterState is the state told by a clause opened by "but" after the
// mention at token k, of the same subject (butClauseVerb):
// coordinated clauses keep the order of their events, so it is the state
// that holds now (Quirk et al. 1985, ch. 13).
func laterState(s *sentence, k int) (opState, bool) {
	for b := k + 1; b < len(s.toks); b++ {
		if s.toks[b].lower != "but" {
			continue
		}
		if j := butClauseVerb(s, b); j >= 0 {
			if st, _, ok := stateAt(s.toks, j); ok {
				return st, true
			}
		}
		break
	}
	return opState{}, false
}

// pastAsked reports whether q asks of a past act or a perfect one ("did
// it close", "was it canceled", "has it stopped"), which a later
// reopening does not undo.
func pastAsked(q *query) bool {
	switch q.toks[0].lower {
	case "did", "was", "were", "has", "have", "had":
		return true
	}
	return false
}

// operationVerdict is the reply's opening for the state asked and the
// state found: the same side Yes, the other No; two ends of the "not in
// operation" side Yes only when they are one.
func operationVerdict(asked, found opState, past bool) (string, bool) {
	switch {
	case past && !asked.on && found.again:
		return "", false // "did the ferry stop": "it resumed service" says it did
	case asked.on != found.on:
		return "No —", true
	case asked.on || asked.family == found.family:
		return "Yes —", true
	}
	return "", false
}

// operationAnchor is the subject word to find in the article, its last
// (its head, in English noun phrases) that the article uses, with the
// common words before it that the article uses too, which a mention must
// carry ("north" of "the north terminal").
func (e *Engine) operationAnchor(q *query, subj []token) (token, []token) {
	for j := len(subj) - 1; j >= 0; j-- {
		if !e.r.vocab[subj[j].stem] && !e.r.vocab[subj[j].lower] {
			continue
		}
		var mods []token
		for i, m := range subj[:j] {
			if e.r.vocab[m.stem] && !e.lex.LowerCasePerson(m.lower) && !possessorName(q, subj[:j], i) {
				mods = append(mods, m)
			}
		}
		return subj[j], mods
	}
	return token{}, nil
}

// possessorName reports whether word i of mods is a word of a name that
// ends in a possessive ("ava trent's set"): the possessor, which the
// article may name elsewhere in the sentence ("a set by Ava Trent"), not a
// premodifier of the head ("the Cedar Street branch").
func possessorName(q *query, mods []token, i int) bool {
	if !nameToken(q, mods[i]) {
		return false
	}
	for j := i; j < len(mods) && nameToken(q, mods[j]); j++ {
		if mods[j].poss {
			return true
		}
	}
	return false
}

// nameToken reports whether m is a token of a name in q.
func nameToken(q *query, m token) bool {
	for k, t := range q.toks {
		if t.start == m.start && t.lower == m.lower {
			return q.nameToks[k]
		}
	}
	return false
}

// modifiersBefore reports whether each of mods stands in the four tokens
// up to and including token k of s.
func modifiersBefore(s *sentence, k int, mods []token) bool {
	for _, m := range mods {
		found := false
		for j := max(0, k-4); j <= k; j++ {
			found = found || s.toks[j].meets(m.stem)
		}
		if !found {
			return false
		}
	}
	return true
}

// stateOfMention reads the state the sentence gives the thing named at
// token k: a state word after it in its clause ("the highway remains
// shut", "service was suspended"), or a verb of state that takes it for
// its object ("canceled Saturday's lineup").
func stateOfMention(s *sentence, k int) (opState, bool) {
	if inPrepositionalPhrase(s, k) {
		return opState{}, false // "the campground on the festival's east side reopened"
	}
	if st, ok := stateAfter(s, k); ok {
		return st, true
	}
	return stateBefore(s, k)
}

// inPrepositionalPhrase reports whether the noun phrase of the mention at
// token k is a preposition's complement (past its determiners and
// possessives): it is then no subject and no object of the clause, and
// the clause's state is another thing's (Quirk et al. 1985, §9.1).
func inPrepositionalPhrase(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if strings.ContainsAny(s.text[s.toks[j].end:s.toks[j+1].start], ",;—:") {
			return false
		}
		w := s.toks[j].lower
		if prepositions[w] || chainPrepositions[w] || demonstrativePrepositions[w] || w == "beneath" {
			return true
		}
		if !determiners[w] && !possessivePronouns[w] && !s.toks[j].poss && !s.toks[j].cap {
			return false
		}
	}
	return false
}

// mentionClauseEnders open another clause after the mention, where a
// state word would be another subject's.
var mentionClauseEnders = set("and", "but", "while", "although", "though", "whereas", "because", "since",
	"if", "unless", "when", "after", "before", "until", "as", "that", "so")

// prepositionalEnders open another clause only after a comma: without
// one they are as often prepositions ("issued after a main burst").
var prepositionalEnders = set("after", "before", "until", "since", "as")

// unstatedModals make a state possible or required, not stated ("before
// an advisory can be rescinded"): possibilityModals and the modals of
// ability and obligation (Quirk et al. 1985, §4.49–4.58).
var unstatedModals = set("can", "must", "should")

// stateAfter reads a state word after token k in its clause, passing over
// a nonrestrictive relative clause set off by commas ("the north
// terminal, where most traffic arrives, stayed idle"; Quirk et al. 1985,
// §17.22) and over a negation, which turns the state round ("had not
// resumed").
func stateAfter(s *sentence, k int) (opState, bool) {
	negated := false
	for j := k + 1; j < len(s.toks) && j <= k+14; j++ {
		gap := s.text[s.toks[j-1].end:s.toks[j].start]
		w := s.toks[j].lower
		if strings.ContainsAny(gap, ";—:()\"“”") {
			return opState{}, false
		}
		if strings.Contains(gap, ",") {
			if w == "who" || w == "which" || w == "where" || w == "whose" {
				j = nextComma(s, j)
				continue
			}
			if mentionClauseEnders[w] {
				return opState{}, false
			}
		} else if mentionClauseEnders[w] && w != "and" && !prepositionalEnders[w] {
			return opState{}, false
		}
		if reportingVerbs[w] || speechVerbs[w] || possibilityModals[w] || unstatedModals[w] {
			return opState{}, false
		}
		if negations[w] || strings.HasSuffix(w, "n't") {
			negated = true
			continue
		}
		if st, n, ok := stateAt(s.toks, j); ok {
			if objectFollows(s, j+n) {
				return opState{}, false // "Organizers canceled Saturday's lineup": the object's state
			}
			if negated {
				return opState{on: !st.on}, true
			}
			st.toCome = intended(s, []int{j}) || inIntendedInfinitive(s, j)
			return st, true
		}
	}
	return opState{}, false
}

// objectFollows reports whether token j of s, right after a state word,
// opens a noun phrase with a determiner or a possessive: the state word is
// then a transitive verb, and the state is its object's, not its
// subject's (Quirk et al. 1985, §10.2, the object after the verb).
func objectFollows(s *sentence, j int) bool {
	if j >= len(s.toks) || strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;—:") {
		return false
	}
	t := s.toks[j]
	return determiners[t.lower] || possessivePronouns[t.lower] || t.poss
}

// nextComma is the last token before the next comma after token j, or the
// sentence's last token.
func nextComma(s *sentence, j int) int {
	for ; j+1 < len(s.toks); j++ {
		if strings.Contains(s.text[s.toks[j].end:s.toks[j+1].start], ",") {
			return j
		}
	}
	return j
}

// stateBefore reads a verb of state that takes the mention at token k for
// its object: a participle or past form a few words before it, with no
// preposition but "of" between ("closing part of the channel") and no
// determiner before it, which would make it a premodifier ("a closing
// set").
func stateBefore(s *sentence, k int) (opState, bool) {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if strings.ContainsAny(s.text[s.toks[j].end:s.toks[j+1].start], ",;—:") {
			return opState{}, false
		}
		w := s.toks[j].lower
		st, n, ok := stateAt(s.toks, j)
		if ok && j+n <= k && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "shut" || n == 2) {
			if j > 0 && (determiners[s.toks[j-1].lower] || possessivePronouns[s.toks[j-1].lower] || beForms[s.toks[j-1].lower]) {
				return opState{}, false
			}
			return st, true
		}
		if (prepositions[w] && w != "of") || beForms[w] || negations[w] {
			return opState{}, false
		}
	}
	return opState{}, false
}

// butClauseVerb is the index of the verb of the clause opened by "but" at
// b when only a pronoun subject, auxiliaries and adverbs come before it
// (the clause tells of the same subject), within four words; -1 when
// another subject or nothing of the kind follows.
func butClauseVerb(s *sentence, b int) int {
	for j := b + 1; j < len(s.toks) && j <= b+4; j++ {
		w := s.toks[j].lower
		if !takeUpPronouns[w] && !subjectPronouns[w] && !verbGroupAux(w) && !strings.HasSuffix(w, "ly") && w != "then" && w != "later" {
			return j
		}
	}
	return -1
}
