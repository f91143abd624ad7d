package lookup

import (
	"fmt"
	"slices"
	"strings"
)

// Yes and no (part of stage 4): verdicts only where a sentence states or
// negates the act, roles held now or before, party affiliation.

// yesNo answers a yes/no question: Yes when the best sentence states what
// was asked, No when it denies it, and "doesn't say" otherwise.
func (e *Engine) yesNo(q *query) (reply, bool) {
	if r, ok := e.lifeState(q); ok {
		return r, true // "is his wife still alive": "his wife … died in 2021"
	}
	if r, ok := e.yesNoShaped(q); ok {
		return r, true
	}
	ranked := e.askedSuperlatives(q)
	keep := func(s *sentence) bool {
		return !e.othersDenial(q, s) && !e.reversedParties(q, s) && (ranked == nil || e.ranksAlike(s, ranked))
	}
	c, ok := e.best(q, keep)
	if !ok && ranked != nil {
		// "the biggest ever": no sentence ranks it so; one that ranks it
		// along another scale is told, with no verdict
		if o, found := e.best(q, func(s *sentence) bool { return !e.othersDenial(q, s) && e.holdsSuperlative(s) }); found {
			return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{&e.r.sents[o.s]}}, true
		}
		return reply{}, false
	}
	c, ok, narrow := e.restatedOr(q, keep, c, ok) // "did he talk to the ambassador": "he spoke … with Russia's ambassador"
	if !ok {
		if r, ok := e.opposite(q); ok {
			return r, true // "did the shares rise?": they fell
		}
		return e.sourceSaidOther(q)
	}
	if e.actOnlyNamed(q, c) {
		return reply{}, false // "was Karl fired": "the Dubuque Fire Department" (namedact.go)
	}
	s := &e.r.sents[c.s]
	if c.coverage < 0.75 {
		if d, ok := e.denialInOtherWords(q, c); ok {
			return reply{found: true, head: "No —", used: []*sentence{d}}, true
		}
		if d, ok := e.wholeDenial(q, c); ok {
			return reply{found: true, head: "No —", used: []*sentence{d}}, true // "was anyone hurt in the flooding": "No injuries were reported" (wholedenial.go)
		}
		if r, ok := e.opposite(q); ok {
			return r, true
		}
	}
	if !statesAsked(c) || c.subjects < len(q.subjects) || e.carriedOnly(q, c) || particleStateUnsaid(q, s) {
		return e.partOfAsked(q, s, c)
	}
	if e.statedOtherwise(q, c, ranked) {
		// "is Linden Falls the largest city": Harlan City is; "has she won before": "her first win in 20 years";
		// "was the inspector at the meeting": "she was absent from it"
		return reply{found: true, head: "No —", used: []*sentence{s}}, true
	}
	if e.predicateOfOther(q, s, c.matched) {
		return e.actOfOther(q, s), true // "Flynn's resignation" does not say Sessions resigned
	}
	if e.onlyClassifies(q, s) {
		return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{s}}, true // "does it have tadpoles": "skips the tadpole stage" (classifiernoun.go)
	}
	if e.doneNotUndergone(q, s) {
		// "was Kemp fired": "Kemp fired four shots" tells what he did
		return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{s}}, true
	}
	return e.closingVerdict(q, c, narrow)
}

// closingVerdict is the reply on c once no earlier reading decided: no
// answer for other members of a kind the article does not compare
// (othermembers.go), "not yet" for an act told only as still to come
// (notyet.go), or else the verdict.
func (e *Engine) closingVerdict(q *query, c candidate, narrow bool) (reply, bool) {
	if e.othersUntold(q) {
		return reply{}, false // "have other counties built one": this county did
	}
	if e.onlyAttempted(q, c) {
		return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{&e.r.sents[c.s]}}, true // "did they lease it": "tried to lease it" (attemptinfinitive.go)
	}
	if r, o, ok := e.notYet(q, c); ok {
		return r, true // "has she signed it": "she would sign it next week"
	} else if o.s != c.s {
		c = o
	}
	return e.verdictOn(q, c, narrow), true
}

// partOfAsked is the reply when the best sentence s (candidate c) holds
// only part of what was asked: a refusal when the question names a thing
// the article never speaks of, a verdict the sentence gives all the same,
// the opposite another sentence states, or else what s says.
func (e *Engine) partOfAsked(q *query, s *sentence, c candidate) (reply, bool) {
	if e.asksUnmentionedThing(q) {
		return reply{}, false // "did they find fingerprints": the article never speaks of any
	}
	if r, ok := e.partialVerdict(q, s, c); ok {
		return r, true // "was the treasurer charged": "Sorensen … has not been charged"; "has refused to pay the claim"
	}
	if r, ok := e.opposite(q); ok {
		return r, true // "did ticket sales go up": "Ticket sales fell", the asked verb's opposite (inheritedantonym.go)
	}
	if k, ok := e.keptUnchanged(q); ok {
		return reply{found: true, head: "No —", used: []*sentence{k}}, true // "did they cut the dividend": "It kept its dividend at 12 cents" (keptstate.go)
	}
	if e.othersUntold(q) {
		return reply{}, false // "have other farmers found one": the article tells of its own (othermembers.go)
	}
	// the sentence holds part of what was asked: say so, and what it says
	return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{s}}, true
}

// yesNoShaped answers the yes/no questions of a shape of their own: "is
// X a senator", "X or Y", "is there a phone number".
func (e *Engine) yesNoShaped(q *query) (reply, bool) {
	for _, f := range []handler{(*Engine).custodyVerdict, (*Engine).precedence, (*Engine).firstOccasion, (*Engine).recurrence, (*Engine).priorOccasion, (*Engine).leftRole, (*Engine).roleVerdict, (*Engine).ownedPredicate, (*Engine).alternative, (*Engine).figureCompared, (*Engine).gradedCompared, (*Engine).figureBounded, (*Engine).limitVerdict, (*Engine).changeVerdict, (*Engine).stepCompared, (*Engine).phoneGiven, (*Engine).chargeVerdict, (*Engine).voteOutcome, (*Engine).unanimousVote, (*Engine).doubleDouble, (*Engine).homeYesNo, (*Engine).operationState} {
		if r, ok := f(e, q); ok {
			return r, true
		}
	}
	return reply{}, false
}

// othersDenial reports whether s denies a word of the question only of
// someone the question does not ask about: the entity named nearest
// before each negated word is not the question's ("other members of the committee,
// including Sen. John McCain, did not meet with Kislyak" says nothing of
// whether Sessions met him), while no negation in it is the question's
// subject's own.
func (e *Engine) othersDenial(q *query, s *sentence) bool {
	if len(q.subjects) == 0 || !q.namedSubject() {
		return false
	}
	others, own := false, false
	for k, tok := range s.toks {
		matched := false
		for _, t := range q.terms {
			matched = matched || t.matches(tok)
		}
		if matched && e.denies(s, []int{k}) {
			if found, mine := e.clauseSubject(s, k, q.subjects); found && !mine {
				others = true
			}
		}
		if w := tok.lower; (negations[w] || strings.HasSuffix(w, "n't")) && e.subjectBefore(s, k, q.subjects) {
			own = true // "Flores admitted that she did not know whether …"
		}
	}
	return others && !own
}

// asksUnmentionedThing reports whether the question asks about a thing
// the article never names, by the word or a synonym: a noun of the
// question that has no form in the article. A sentence that holds the
// question's other words ("found … a rope" for "did they find
// fingerprints on the rope") says nothing of that thing, so the article
// neither states nor negates the question and the reply is a refusal.
// The word is taken as a noun when a determiner comes before it, or when
// WordNet gives it as a noun and neither as an adjective nor, written as
// its base form, as a verb ("go see the baby": "see" is the verb).
func (e *Engine) asksUnmentionedThing(q *query) bool {
	for i, tok := range q.toks {
		if q.nameToks[i] {
			continue
		}
		for _, t := range q.terms {
			if t.lower != tok.lower || t.known || len(t.alts) > 0 || e.hyphenedKnown(q.toks, i) || eventiveObject(q.toks, i) {
				continue
			}
			if i > 0 && determiners[q.toks[i-1].lower] || e.nounOnlyForm(tok.lower) {
				return true
			}
		}
	}
	return false
}

// hyphenedKnown reports whether token i is the first part of a
// hyphenated compound the article uses ("brother" of "brother-in-law").
func (e *Engine) hyphenedKnown(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	_, ok := e.knownWord(toks[i].lower + "-" + toks[i+1].lower)
	return ok
}

// eventiveObject reports whether token i is the object of a light verb
// ("make money", "take place"): the verb and noun together name the act
// (Quirk et al. §10.47 on eventive objects), which the article may tell
// by another verb ("reported a profit"), so the noun names no thing the
// article leaves out.
func eventiveObject(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if lightVerbs[toks[k].lower] {
			return true
		}
		if !determiners[toks[k].lower] {
			return false
		}
	}
	return false
}

// nounOnlyForm reports whether w is a noun as written: WordNet lists it
// (or its base) as a noun, not as an adjective, and w is no base form of a
// verb ("fingerprints" is a plural noun, as the verb's -s form cannot
// follow a modal or do-support, Quirk et al. §3.23).
func (e *Engine) nounOnlyForm(w string) bool {
	base := w
	if !e.noLex {
		if l := e.lex.Lemma(w); l != "" {
			base = l
		} else if b, ok := strings.CutSuffix(w, "s"); ok && e.canBe(b, "noun") {
			base = b // the regular plural
		}
	}
	if !e.canBe(base, "noun") || e.canBe(base, "adj") {
		return false
	}
	return base != w || !e.canBe(base, "verb")
}

// namedSubject reports whether the question's subject is one of its
// entities or a pronoun for one: a name or a subject pronoun comes before
// any content word ("did Sessions meet Kislyak", not "did other members
// of the committee meet Kislyak").
func (q *query) namedSubject() bool {
	for i, t := range q.toks {
		switch {
		case q.nameToks[i] || subjectPronouns[t.lower]:
			return true
		case !stopWords[t.lower] && !chatWords[t.lower] && !auxiliaries[t.lower]:
			return false
		}
	}
	return false
}

// denialInOtherWords finds a sentence that denies the asked act, in the
// question's words or in synonyms of them ("did not disclose these
// meetings" for "did he reveal the meetings"): a denial of the same act in
// other words is a no, though other words are too weak for a yes. best is
// the candidate found with the question's own words.
func (e *Engine) denialInOtherWords(q *query, best candidate) (*sentence, bool) {
	if s := &e.r.sents[best.s]; e.deniedByWeakerWord(q, s, best) {
		return s, true
	}
	wide := *q
	wide.terms = make([]term, len(q.terms))
	for i, t := range q.terms {
		wide.terms[i] = t
		if !t.phrasal && !t.derived {
			alts := slices.Clone(t.alts)
			if t.known {
				alts = append(alts, e.synonymsKnown(t.lower)...)
			}
			wide.terms[i].alts = append(alts, e.broaderKnown(t.lower)...)
		}
	}
	tried := 0
	for _, c := range e.rank(&wide, func(s *sentence) bool { return !e.othersDenial(&wide, s) }) {
		if !e.holds(&wide, c) {
			continue
		}
		if s := &e.r.sents[c.s]; e.deniedByWeakerWord(&wide, s, c) {
			return s, true
		}
		if tried++; tried == 3 {
			break
		}
	}
	return nil, false
}

// broaderKnown returns the article's words (by stem) one WordNet link
// above w's base form: its broader terms and what it entails ("steal" is
// a way to "take"). What is true of the narrower act is true of the
// broader one, so denying the broader act denies the narrower: "nothing
// was taken" means nothing was stolen. Light verbs count here, as the
// broader act is only denied, never affirmed, with them.
func (e *Engine) broaderKnown(w string) []string {
	if e.noLex {
		return nil
	}
	base := e.lex.Lemma(w)
	if base == "" {
		base = w
	}
	var out []string
	for _, n := range e.lex.Neighbours(base) {
		if st, ok := e.knownWord(n); ok && !stopWords[n] && !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}

// deniedByWeakerWord reports whether s denies every term of the question,
// each held by the word itself, a synonym, or a word one WordNet link away
// (broader, entailed or caused): a synonym or a word's link is too weak
// to affirm the act, but denying what the act entails or causes denies
// the act ("No deaths have been reported": no one was killed). A
// synonym of more than one word is held as a one-word synonym is: WordNet
// lists "step down" in the synset of "resign" as one lemma, a verb of its
// own (Quirk et al. 1985, §16.2–16.4 on multi-word verbs), so "has no
// plans to step down" denies "is she resigning".
func (e *Engine) deniedByWeakerWord(q *query, s *sentence, c candidate) bool {
	if q.negated || c.subjects < len(q.subjects) || len(q.terms) == 0 || reportsClaim(s, c.matched) {
		return false
	}
	for _, t := range q.terms {
		if !s.hasTerm(t) && !phraseIn(s, t) && !lightVerbs[t.lower] {
			return false
		}
	}
	return e.denies(s, c.matched) && !e.restrictedDenial(q, s, c.matched) // not "Two customers were not hurt" for "was anyone injured"
}

// sourceSaidOther answers "did X say (that) P" when the article never
// states P but gives what X said or concluded of the same parties: the
// sentence naming every entity asked about whose first clause has X as
// its subject and a reporting verb after X ("the CIA concluded Russia was
// meddling … to benefit Trump"). The article does not say so; it says
// what X did say.
func (e *Engine) sourceSaidOther(q *query) (reply, bool) {
	v := -1
	for i, t := range q.toks {
		if speechVerbs[t.lower] {
			v = i
			break
		}
	}
	if v < 0 || len(q.subjects) < 2 || !q.namedSubject() {
		return reply{}, false
	}
	x := q.subjects[0]
	for _, c := range e.rank(q, nil) {
		s := &e.r.sents[c.s]
		if c.subjects < len(q.subjects) || !contains(s.named, x) {
			continue
		}
		if e.firstActor(s) == x && reportsAfter(s, e.position(s, x)) {
			return reply{found: true, head: "The article doesn't say so. It says:", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// reportsAfter reports whether a reporting verb follows token k of s,
// outside quotation marks.
func reportsAfter(s *sentence, k int) bool {
	for i := k + 1; i < len(s.toks); i++ {
		if w := s.toks[i].lower; (speechVerbs[w] || findingVerbs[w]) && !s.quoted[i] {
			return true
		}
	}
	return false
}

// findingVerbs report a conclusion reached, as the speech verbs report
// words said (the reporting verbs of "finding" in Biber et al., "Longman
// Grammar of Spoken and Written English", §12.3).
var findingVerbs = set("concluded", "concludes", "found", "finds", "determined", "ruled",
	"rules", "reported", "reports", "estimated", "estimates")

// firstActor is the first person or organisation s names, or -1.
func (e *Engine) firstActor(s *sentence) int {
	for i := range s.toks {
		if x := e.actorAt(s, i, nil); x >= 0 {
			return x
		}
	}
	return -1
}

// reportsClaim reports whether the matched words of s are inside what
// someone is reported to have said: in a quotation, or after a reporting
// verb ("he claimed … that he had no contact").
func reportsClaim(s *sentence, matched []int) bool {
	v := speechVerbAt(s, nil)
	if len(matched) == 0 {
		return false
	}
	if v >= 0 && addsThing(s, v) {
		v = -1 // "adds a $2,500 signing bonus": a verb of putting in, not of saying
	}
	end := claimEnd(s, v)
	for _, m := range matched {
		claimed := s.quoted[m] || v >= 0 && v < m && m < end && (s.toks[v].lower != "said" || hasThat(s, v, m))
		if !claimed {
			return false // stated as fact somewhere in the sentence
		}
	}
	return true
}

// claimEnd is the token where the claim of the reporting verb at v ends:
// the end of the sentence, or, when the verb stands in an adverbial clause
// opened by a subordinator ("While Sessions claims that …, revelations …
// led to Flynn's resignation") or in a non-restrictive relative clause
// set off by commas ("Tate, who testified for the prosecution, was not
// charged"; Quirk et al., §17.22), the comma that closes that clause.
func claimEnd(s *sentence, v int) int {
	if v < 0 {
		return len(s.toks)
	}
	opened := v >= 2 && (s.toks[v-1].lower == "who" || s.toks[v-1].lower == "which") && commaBetween(s, v-2, v-1)
	for k := 0; k < v; k++ {
		opened = opened || subordinators[s.toks[k].lower] && (k == 0 || sentenceStart(s, k))
	}
	if !opened {
		return len(s.toks)
	}
	for k := v + 1; k < len(s.toks); k++ {
		if strings.Contains(s.text[s.toks[k-1].end:s.toks[k].start], ",") {
			return k
		}
	}
	return len(s.toks)
}

// statedAsFact is the best other candidate that holds the question as
// fully as c and tells it as what happened, not as someone's claim.
func (e *Engine) statedAsFact(q *query, c candidate) (candidate, bool) {
	for _, o := range e.rank(q, nil) {
		if o.s == c.s || o.coverage < 0.75 || o.subjects < len(q.subjects) || !e.holds(q, o) {
			continue
		}
		s := &e.r.sents[o.s]
		if !reportsClaim(s, o.matched) && !e.othersDenial(q, s) && !e.predicateOfOther(q, s, o.matched) {
			return o, true
		}
	}
	return candidate{}, false
}

// hasThat reports whether "that" introduces a clause between tokens v and
// m ("said there that he never met").
func hasThat(s *sentence, v, m int) bool {
	for k := v + 1; k < m; k++ {
		if s.toks[k].lower == "that" {
			return true
		}
	}
	return false
}

// predicateOfOther reports whether every matched word of s belongs, as
// possessed or as its verb's subject, to an entity the question did not
// ask about ("Flynn's resignation" for "did Sessions resign"; "Kemp draws
// his weapon" for "did Okafor have a weapon"; "Mendez won" for "did
// Boyle win").
func (e *Engine) predicateOfOther(q *query, s *sentence, matched []int) bool {
	if len(q.subjects) == 0 || len(matched) == 0 {
		return false
	}
	for _, m := range matched {
		if x := e.clauseSubjectsOwn(s, m); x >= 0 {
			if contains(q.subjects, x) {
				return false
			}
			continue // "Kemp draws his weapon": Kemp's
		}
		if e.otherSubjectAt(q, s, m) {
			continue // "Mendez won …" for "did Boyle win" (othersubject.go)
		}
		if m == 0 || !s.toks[m-1].poss {
			return false
		}
		owner := -1
		for _, x := range s.named {
			for _, f := range e.r.ents[x].forms {
				if m-len(f) >= 0 && matchForm(s.toks, m-len(f), f) {
					owner = x
				}
			}
		}
		if owner < 0 || contains(q.subjects, owner) {
			return false
		}
	}
	return true
}

// actOfOther is the reply when the asked act is stated only as another's
// ("Flynn's resignation" for "did Sessions resign"): the article does not
// say the subject did it; it cites where the act appears, and the first
// sentence that names the subject, for what the article says of them. It
// is a refusal, unless the question compared the act to another's ("like
// Flynn did"): then the article answers that part.
func (e *Engine) actOfOther(q *query, s *sentence) reply {
	x := q.subjects[0]
	used := []*sentence{s}
	if f := e.firstNaming(x); f != nil && f != s {
		used = append(used, f)
	}
	head := fmt.Sprintf("The article doesn't say that of %s; it says it of someone else:", e.a.Entities[x].Name)
	return reply{found: q.likeClause, head: head, used: used}
}

// fullName answers "what is X's first name" with the name the article
// gives in full.
func (e *Engine) fullName(q *query) (reply, bool) {
	if birthNameAsked.MatchString(strings.ToLower(q.raw)) {
		return e.birthName(q) // "what was her maiden name": "Born Mary Joan Kessler …" (birthname.go)
	}
	if len(q.subjects) == 0 {
		return reply{}, false
	}
	x := q.subjects[0]
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if strings.Contains(s.text, e.a.Entities[x].Name) {
			return reply{found: true, head: fmt.Sprintf("%s.", e.a.Entities[x].Name), used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// denies reports whether a matched word of s is negated: a negation right
// before it, or before it with only auxiliaries and adverbs between ("did
// not meet", "has not yet conceded", "never met"), the auxiliaries of the
// perfect and the passive among them ("has not been charged", "would not
// be affected", "did not get hired": see verbGroupAux).
func (e *Engine) denies(s *sentence, matched []int) bool {
	for _, m := range matched {
		if negatedVerbGroup(s, m) {
			return true
		}
		if noDeterminerBefore(s, m) || negativeSubjectBefore(s, m) || nonePartitiveSubject(s, m) || negatedAnyObject(s, m) || negatedBareObject(s, m) || negatedComplement(s, m) || ruledOutObject(s, m) {
			return true
		}
	}
	return false
}

// negatedVerbGroup reports whether the word at m is negated within its
// verb group: a negation right before it, or before it with only
// auxiliaries and adverbs between ("did not meet", "has not yet
// approved", "never met"). The negator follows the operator, the first
// auxiliary, and adverbs may stand between it and the main verb (Quirk et
// al., "A Comprehensive Grammar", §10.54-10.55 on clause negation).
func negatedVerbGroup(s *sentence, m int) bool {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		w := s.toks[k].lower
		if negations[w] || strings.HasSuffix(w, "n't") {
			return true
		}
		if abilityInfinitive(s, k) {
			k-- // "not safe to drink": the adjective and its "to" stand as a modal
			continue
		}
		if !verbGroupAux(w) && !strings.HasSuffix(w, "ly") && w != "yet" && w != "even" && w != "ever" {
			return false
		}
	}
	return false
}

// noDeterminerBefore reports whether the word at m is, or is the verb of,
// a noun phrase opened by the negative determiner "no": "No bank or card
// numbers were taken" negates its whole clause (Quirk et al., "A
// Comprehensive Grammar", §10.58: a negative determiner in the subject
// makes the clause negative). The phrase runs back from m over at most
// five words with no comma, each a content word or "or"/"and"; the verb
// may follow it with only auxiliaries between. "No" before a comparative
// ("no more than 20") is degree, not negation (§10.60), and "no" closed
// by a comma is the reply word. The phrase may hold one of-phrase
// postmodifying its head ("no cases of tampering were found", "found no
// evidence of fraud"): the negative determiner negates the whole noun
// phrase, its postmodifier with it (ch. 17, postmodification by a
// prepositional phrase).
func noDeterminerBefore(s *sentence, m int) bool {
	k := m - 1
	for k >= 0 && (verbGroupAux(s.toks[k].lower) || reportedComplement(s, k)) && !commaBetween(s, k, k+1) {
		k--
	}
	if infinitiveOfNoun(s, m, k) {
		k-- // "no plans to raise": the to-infinitive postmodifies the negated noun
	}
	ofSeen := false
	for n := 0; k >= 0 && n < 6; n, k = n+1, k-1 {
		if commaBetween(s, k, k+1) {
			return false
		}
		w := s.toks[k].lower
		if w == "no" {
			next := s.toks[k+1].lower
			return !noDegree[next] && !startsWithDigit(next) // "No 2 seed": the number sign
		}
		if w == "of" && !ofSeen && k > 0 && !stopWords[s.toks[k-1].lower] {
			ofSeen = true // "no cases of tampering": the of-phrase postmodifies the negated noun
			continue
		}
		if auxiliaries[w] || negations[w] || stopWords[w] && w != "or" && w != "and" && !postdeterminerInPhrase(s, k) {
			return false // not "no amplifiers or other equipment" (negatedother.go)
		}
	}
	return false
}

// startsWithDigit reports whether w opens with a digit.
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// commaBetween reports whether a comma stands between tokens i and j of s.
func commaBetween(s *sentence, i, j int) bool {
	return strings.Contains(s.text[s.toks[i].end:s.toks[j].start], ",")
}

// noDegree are the comparatives after which "no" states a degree, not a
// negation ("no more than", "no later than": Quirk et al. §10.60).
var noDegree = set("more", "less", "fewer", "later", "earlier", "longer", "sooner", "greater", "higher", "lower")

// partyTag finds a party affiliation in AP style: the tag after a name
// ("Lorna Fisk, R-Nev.") or the party before it ("Democrat Dana Calloway")
// (AP Stylebook, "party affiliation").
var partyTag = lazyRE(`\b([DRI])-([A-Z][A-Za-z.]*)`)

// partyNames are the parties the AP tags abbreviate.
var partyNames = map[string]string{"D": "Democrat", "R": "Republican", "I": "Independent"}

// party answers "what party is X" from X's party tag or the party word
// before X's name.
func (e *Engine) party(q *query) (reply, bool) {
	if len(q.subjects) == 0 {
		return reply{}, false
	}
	r, ok := e.partyOf(q.subjects[0])
	if !ok || !isAux(dropChat(lowerWords(q.toks))) {
		return r, ok
	}
	asked := ""
	for _, t := range q.toks {
		if p := partyWord(t.lower); p != "" {
			asked = p
		}
	}
	if strings.HasPrefix(r.head, asked) {
		r.head = "Yes: " + r.head
	} else {
		r.head = "No: " + r.head
	}
	return r, true
}

// partyWord names the party a word refers to ("democratic" → "Democrat").
func partyWord(w string) string {
	switch w {
	case "democrat", "democratic", "democrats":
		return "Democrat"
	case "republican", "republicans", "gop":
		return "Republican"
	case "independent", "libertarian":
		return capitalise(w)
	}
	return ""
}

// lowerWords are the tokens' lower-case forms.
func lowerWords(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.lower
	}
	return out
}

// partyOf finds the party the article gives person x.
func (e *Engine) partyOf(x int) (reply, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !contains(s.named, x) {
			continue
		}
		at := e.lastPosition(s, x, len(s.toks))
		if at < 0 {
			continue
		}
		rest := s.text[s.toks[at].end:]
		if m := partyTag.FindStringSubmatchIndex(rest); m != nil && m[0] <= 3 {
			tag := wholePartyTag(rest, m[0], m[1]) // "D-Port Hollis" (partyhometown.go)
			return reply{found: true, head: fmt.Sprintf("%s (%s).", partyNames[rest[m[2]:m[3]]], tag), used: []*sentence{s}}, true
		}
		if first := e.position(s, x); first > 0 {
			if p := partyWord(s.toks[first-1].lower); p != "" {
				return reply{found: true, head: p + ".", used: []*sentence{s}}, true
			}
		}
	}
	for _, r := range e.rolesOf(x) {
		for _, t := range tokenize(r.text) {
			if p := partyWord(t.lower); p != "" {
				return reply{found: true, head: p + ".", used: []*sentence{r.s}}, true
			}
		}
	}
	return reply{}, false
}

// roleQuestionRe is "is/was X (still) a <role>?".
var roleQuestionRe = lazyRE(`^\W*(?:\w+\W+){0,6}?(is|was|are|were)\s+(.+?)\s+(still\s+)?(?:a|an|the)\s+([a-z][\w .'-]*?)\W*$`)

// roleVerdict answers "is X a senator?" and "is he still a senator?" from
// what the article calls X: yes for a role it gives X now, no with the
// present role when it gives that role only as a former one ("while still
// US Senator"), and nothing when it never gives it.
func (e *Engine) roleVerdict(q *query) (reply, bool) {
	m := roleQuestionRe.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil || !e.hasPersonOf(q.subjects, 0) || locativeComplement(m[2]) {
		return reply{}, false
	}
	x := q.subjects[0]
	asked := tokenize(m[4])
	if len(asked) == 0 {
		return reply{}, false
	}
	noun := asked[len(asked)-1]
	var now, before *role
	for _, r := range e.rolesOf(x) {
		if !e.roleHoldsModifiers(r, asked[:len(asked)-1]) {
			continue // "is she the permanent fire chief": not "Battalion Chief"
		}
		for _, t := range e.wordsOf(r) {
			if t.meets(noun.stem) {
				rr := r
				if r.past {
					before = &rr
				} else if now == nil {
					now = &rr
				}
			}
		}
	}
	name := e.a.Entities[x].Name
	pastTense := m[1] == "was" || m[1] == "were"
	switch {
	case now != nil || before != nil && pastTense:
		r := now
		if r == nil {
			r = before
		}
		return reply{found: true, head: fmt.Sprintf("Yes — the article calls %s %s.", name, strings.TrimSuffix(withArticle(r.text), ".")), used: []*sentence{r.s}}, true
	case before != nil:
		rs := e.rolesOf(x)
		cur := ""
		var used []*sentence
		for _, r := range rs {
			if !r.past {
				cur, used = r.text, []*sentence{r.s}
				break
			}
		}
		used = append(used, before.s)
		head := fmt.Sprintf("No — the article gives %s as a former role (%q)", m[4], before.text)
		if cur != "" {
			head = fmt.Sprintf("No — %s is %s now; the article gives %s as a former role (%q)", name, strings.TrimSuffix(withArticle(cur), "."), m[4], before.text)
		}
		return reply{found: true, head: head + ".", used: used}, true
	}
	return reply{}, false
}

// roleHoldsModifiers reports whether role r holds each content word of
// mods, the premodifiers the question puts before its role noun: a
// premodifier narrows the noun (Quirk et al., §17.101), so "fire chief"
// is not shown by "Battalion Chief" nor "permanent CEO" by "interim CEO".
func (e *Engine) roleHoldsModifiers(r role, mods []token) bool {
	words := e.wordsOf(r)
	for _, m := range mods {
		if stopWords[m.lower] {
			continue
		}
		if !slices.ContainsFunc(words, func(t token) bool { return t.meets(m.stem) }) {
			return false
		}
	}
	return true
}

// verdictOn says yes or no from candidate c, which holds the question:
// a claim someone made is reported as a claim unless another sentence
// tells it as what happened, a sentence that places the act otherwise or
// leaves it unasserted gives no verdict, and a denial is a no. narrow is
// whether a question word was held only by a narrower one.
func (e *Engine) verdictOn(q *query, c candidate, narrow bool) reply {
	s := &e.r.sents[c.s]
	if reportsClaim(s, c.matched) {
		if f, ok := e.statedAsFact(q, c); ok {
			c, s = f, &e.r.sents[f.s] // another sentence tells it as what happened
		} else if r, ok := e.statedPlan(q, s, c); ok {
			return r // "is he gonna appeal": "he said he would appeal"
		} else if r, ok := e.quotedVerdict(q, s, c.matched); ok {
			return r // "was he hurt": "He did everything right once he got hurt," said Sheriff Ryan Lockhart.
		} else {
			// what someone said, not what happened: no verdict of ours
			return reply{found: true, head: "The article reports a claim, not a fact:", used: []*sentence{s}}
		}
	}
	if knowledgeDenied(q, s, c.matched) {
		return reply{found: true, head: "No —", used: []*sentence{s}} // "do they know who built it": "do not yet know who built the boat"
	}
	if r, ok := e.permittedAct(q, s, c); ok {
		return r // "can I take it back": "customers may return the heaters" grants it (settledahead.go)
	}
	if e.statesNeither(q, s, c) {
		return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{s}}
	}
	verdict := "Yes —"
	if (e.denies(s, c.matched) || e.deniesAskedVerb(q, s, c.matched) || e.deniedLightVerb(q, s, c.matched) || excludedAlternative(s, c.matched) || e.failedAct(q, s, c.matched) || deniedClause(q, s, c.matched) || e.partOnly(q, s, c.matched) || sideReversed(q, s) || e.boundedSuperlative(q, s, c.matched)) != q.negated {
		if narrow || e.restrictedDenial(q, s, c.matched) {
			// "did not murder" says nothing of whether he killed; "no
			// residents" nothing of whether anyone else was hurt
			return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{s}}
		}
		verdict = "No —" // "did not set", or "missed" the record
	}
	if verdict == "Yes —" && !q.negated {
		if r, ok := e.noYesAfterAll(q, s); ok {
			return r
		}
	}
	return reply{found: true, head: verdict, used: []*sentence{s}}
}

// statesNeither reports whether candidate c's sentence s holds the
// question in a way that states neither Yes nor No: "cannot prove that
// walking prevents dementia" states neither; nor does "to keep the fire
// from reaching Ashford", nor "the storm may hit Portland", nor "did not
// list an attorney" whether he has one, nor "have not linked the other
// two to the teens" (negatedscope.go), nor a year before's profit whether
// there is one now (comparedstandard.go), nor "signed a separate bill"
// whether she signed the cap (otherobject.go), nor "overriding the veto
// would take two-thirds" whether they can (requiredact.go), nor "rain
// fell" whether it will rain again (againfuture.go), nor "reviewing its
// options, including an appeal" whether it will (considered.go).
func (e *Engine) statesNeither(q *query, s *sentence, c candidate) bool {
	if unassertedClause(s, c.matched) || q.asksDone() && e.directedActs(s, c.matched) || prevented(q, s, c.matched) || e.onlyPossible(q, s) {
		return true
	}
	if len(askedTimes(q)) == 0 && inComparedStandard(s, c.matched) || !q.negated && e.yesOnOtherObject(q, s) || inRequiredAct(s, c.matched) {
		return true
	}
	return repeatOnlyPast(q, s) || consideredOnly(s, c.matched) || e.nonPersonUndergoer(q, s, c.matched) || e.inNegatedScope(q, s, c.matched)
}

// noYesAfterAll is the reply for a sentence that would give a Yes, when
// it holds the question only in a way that gives none: an ordinal of a
// narrower class or another ordinal of the noun (ordinalnarrowed.go), or
// the asked subject only as a preposition's object (prepsubject.go).
func (e *Engine) noYesAfterAll(q *query, s *sentence) (reply, bool) {
	switch other, narrower := e.ordinalVerdict(q, s); {
	case other:
		return reply{found: true, head: "No —", used: []*sentence{s}}, true // "his fourth home run"
	case narrower:
		return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{s}}, true // "the first walk-off homer" ranks no homer
	}
	if e.subjectOnlyAfterPreposition(q, s) {
		return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{s}}, true // "sending the bill to the House" is no act of the House
	}
	return reply{}, false
}

// statesAsked reports whether candidate c holds enough of a yes/no
// question to state or deny it: three quarters of its term weight, a
// synonym counted as the word itself.
func statesAsked(c candidate) bool {
	return c.coverage+c.synonyms/2 >= 0.75
}
