package lookup

import (
	"fmt"
	"slices"
	"strings"

	"storybot/knowledge"
)

// Stage 5, deciding: whether a candidate sentence answers the question at
// all. It must hold the entities the question names (by name or by a
// pronoun that refers to them) and most of the weight of its content
// terms; words of conversation never count against it.

// minCoverage is the share of a question's term weight a sentence must
// hold to answer it.
const minCoverage = 0.5

// holds reports whether candidate c can answer q.
func (e *Engine) holds(q *query, c candidate) bool {
	if len(q.terms) == 0 && len(q.subjects) == 0 && q.typ != tScore {
		return false // nothing asked ("hi"); "final score?" names its answer by its type
	}
	if len(q.subjects) == 0 && len(q.terms) > 0 && !slices.ContainsFunc(q.terms, func(t term) bool { return !delexicalVerbs[t.lower] }) {
		return false // "why did it take so long": nothing asked but a verb that takes its meaning from what it governs
	}
	if len(q.subjects) > 0 && c.subjects == 0 {
		return false
	}
	if len(q.subjects) > 1 && c.subjects < 2 && q.typ != tPerson && q.typ != tQuote {
		// "did flynn meet kislyak": both must be in the sentence
		return false
	}
	if c.coverage < minCoverage || c.coverage == 0 && c.subjects == 0 {
		return false
	}
	if e.unheldCountedModifier(q, &e.r.sents[c.s]) {
		return false // "how many carrot packets" of "checked out 212 packets" (countedmodifier.go)
	}
	if presupposingTypes[q.typ] && e.predicateOfOther(q, &e.r.sents[c.s], c.matched) {
		return false // "why did Sessions resign" of "Flynn's resignation": the act is another's
	}
	if (q.typ == tReason || q.typ == tPlace) && e.directedActs(&e.r.sents[c.s], c.matched) && !e.advisedWithGrounds(q, &e.r.sents[c.s]) {
		return false // "why did she resign" of "they urged her to resign": a wish, not the act; "why should she" asks it (adviseswhy.go)
	}
	if e.directedDoerOnly(q, &e.r.sents[c.s], c.matched) {
		return false // "which cities adopted limits" of "asking cities to adopt limits" (directedwh.go)
	}
	if (q.typ == tPerson || presupposingTypes[q.typ]) && !anyNegation(q.toks) && e.deniesEveryAct(q, &e.r.sents[c.s]) {
		return false // "who won" of "had never won": the sentence names who did not
	}
	return !e.tellsOtherAct(q, &e.r.sents[c.s])
}

// tellsOtherAct reports whether s tells, instead of the act q asks
// about, one done to another thing, a possibility or the opposite.
func (e *Engine) tellsOtherAct(q *query, s *sentence) bool {
	switch {
	case e.possessionOnlyAct(q, s):
		return true // "when was she found" of "her car was found": the act done to her thing (possessedact.go)
	case e.possibleOnlyForPast(q, s):
		return true // "when did it start" of "could start new fires": a possibility, not the act
	case q.typ == tPerson && e.actOnOtherObject(q, s):
		return true // "who found the other fragments" of "found the rock" (otherobject.go)
	}
	return e.statesOpposite(q, s)
}

// delexicalVerbs are the forms of the verbs that take their meaning from
// their eventive object ("take a walk", "make a decision", "have a look",
// "give a speech", "do the work", "get a call"; Quirk et al. 1985 on the
// eventive object of have, take, give, make and do): a question that
// asks nothing else ("why did it take so long") asks of nothing a
// sentence could hold.
var delexicalVerbs = set("do", "does", "did", "done", "doing", "make", "makes", "made", "making",
	"take", "takes", "took", "taken", "taking", "have", "has", "had", "having",
	"give", "gives", "gave", "given", "giving", "get", "gets", "got", "gotten", "getting")

// statesOpposite reports whether s holds, instead of a question term, one
// of its WordNet antonyms: "won the women's race" answers nothing about
// the men's. Antonyms are incompatible (Cruse, "Lexical Semantics", ch.
// 9–11), so a sentence about the opposite is about something else; the
// yes/no reading of such a sentence is opposite's.
func (e *Engine) statesOpposite(q *query, s *sentence) bool {
	if e.noLex {
		return false
	}
	for _, t := range q.terms {
		if held := termAt(s, t); len(held) > 0 {
			continue
		}
		if t.weak {
			continue
		}
		for _, a := range e.antonymWords(t.lower) {
			for _, tok := range s.toks {
				if tok.lower == a || stemsMeet(tok.stem, stemOf(a)) || e.lex.Lemma(tok.lower) == a {
					return true
				}
			}
		}
		if e.opposedFromSentence(s, t) {
			return true // "start" of "stopped": the link WordNet gives from the other side (conversestates.go)
		}
	}
	return false
}

// best returns the highest-ranked candidate that holds, among those keep
// accepts.
func (e *Engine) best(q *query, keep func(*sentence) bool) (candidate, bool) {
	for _, c := range e.rank(q, keep) {
		if e.holds(q, c) {
			return c, true
		}
	}
	return candidate{}, false
}

// typedFallbackOK reports whether a passage may stand in for a typed
// answer that was not found: only for the open types (who, where, when,
// why, how), and only when the passage holds nearly all of the question.
func (e *Engine) typedFallbackOK(q *query, r reply) bool {
	switch q.typ {
	case tPerson, tReason, tDescribe, tManner:
	case tQuote:
		return e.reportedContent(q, r) // "what did the report claim": no speaker to quote
	default:
		return false
	}
	if q.typ == tPerson && asksRole(q) {
		return false // a name was asked for, and no sentence gives one
	}
	if len(r.used) == 0 {
		return false
	}
	if q.typ == tPerson && (e.actUnsaid(q) || !e.namesSomeone(r.used[0]) || e.actWithoutDoer(q, r.used[0]) || e.actOnOtherOnly(q, r.used[0])) {
		return false // a doer was asked for, and the passage names none
	}
	c := e.score(q, e.indexOf(r.used[0]), e.totalWeight(q))
	return c.coverage >= 0.75 || len(q.terms) == 0 && c.subjects > 0
}

// totalWeight is the summed weight of a query's terms.
func (e *Engine) totalWeight(q *query) float64 {
	t := 0.0
	for _, x := range q.terms {
		t += x.weight
	}
	return t
}

// indexOf returns the index of sentence s.
func (e *Engine) indexOf(s *sentence) int {
	for i := range e.r.sents {
		if &e.r.sents[i] == s {
			return i
		}
	}
	return -1
}

// notSaid is the reply when the article does not answer: it says so
// plainly and names what is missing.
func (e *Engine) notSaid(q *query) reply {
	var missing []string
	for _, t := range q.terms {
		if !t.known && t.lower != q.compare {
			missing = append(missing, t.lower) // "first" in "what came first, A or B" is the asked order, not a missing word
		}
	}
	var shown []string
	for _, w := range missing {
		if !slices.ContainsFunc(missing, func(p string) bool { return p != w && slices.Contains(strings.Fields(p), w) }) {
			shown = append(shown, w) // "gotten back", not "gotten back back": a phrasal verb's particle is in it
		}
	}
	missing = shown
	head := "The article doesn't say."
	switch {
	case len(missing) > 0:
		head = fmt.Sprintf("The article doesn't say: it never mentions %q.", strings.Join(missing, " "))
	case len(q.subjects) > 0:
		name := e.a.Entities[q.subjects[0]].Name
		head = fmt.Sprintf("The article doesn't say. It mentions %s in %s, but not that.", name, paraList(e.a.Entities[q.subjects[0]].Paragraphs))
	}
	return reply{head: head}
}

// paraList writes paragraph numbers as "¶1, ¶3".
func paraList(ns []int) string {
	var parts []string
	for _, n := range ns {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("¶%d", n))
		}
	}
	if len(parts) == 0 {
		return "the article"
	}
	return strings.Join(parts, ", ")
}

// qualifiedTitle is "the <qualifier> <title>" in a question: "the Russian
// president", "the German ambassador", "the CIA director".
var qualifiedTitle = lazyRE(`\bthe ([a-z][a-z.'-]+) ([a-z]+)\b`)

// presupposes refuses a question that takes for granted someone the
// article does not describe: "what did the Russian president announce"
// when no president in it is Russian. It holds only for a qualified title
// (a nationality, place or organisation before a title word).
// It also refuses the name asked of one the article never names
// (unnamedreferent.go), and the maker of a product when the article never
// tells the making (madeartifact.go).
func (e *Engine) presupposes(q *query) (reply, bool) {
	if e.unsaidMaking(q) {
		return e.notSaid(q), true // "what company makes the panels": the installer is no maker
	}
	for _, m := range qualifiedTitle.FindAllStringSubmatch(strings.ToLower(q.raw), -1) {
		qual, title := m[1], m[2]
		if !personTitles[title] || stopWords[qual] || titleModifiers[qual] || !e.properAdjective(qual) {
			continue
		}
		sub := &query{raw: "who is the " + qual + " " + title, typ: tPerson}
		sub.toks = e.lemmatize(tokenize(sub.raw))
		sub.subjects, sub.nameToks = e.entitiesIn(sub.toks)
		sub.terms = e.termsOf(sub)
		if holders, _ := e.roleHolders(sub); len(holders) == 0 && !e.saidTogether(qual, title) && !e.itsTitled(qual, title) {
			return reply{head: fmt.Sprintf("The article doesn't say: it describes no one as the %s %s.", qual, title)}, true
		}
	}
	return e.unnamedReferent(q) // "the name of the patron who …" of "a patron brought …" (unnamedreferent.go)
}

// properAdjective reports whether a qualifier is a proper adjective or
// name the article writes capitalised ("Russian", "CIA", "German"): such
// a qualifier must be the role holder's own.
func (e *Engine) properAdjective(w string) bool {
	if demonymLike(w) {
		return true
	}
	for i := range e.r.sents {
		for _, t := range e.r.sents[i].toks {
			if t.lower == w && t.cap && !isTitleWord(t.lower) {
				return true
			}
		}
	}
	return false
}

// saidTogether reports whether some sentence writes the qualifier before
// the title within a list's length ("the British, Korean, … and Russian
// ambassadors"): then the article does speak of such a holder.
func (e *Engine) saidTogether(qual, title string) bool {
	for i := range e.r.sents {
		toks := e.r.sents[i].toks
		for k, t := range toks {
			if t.lower != qual {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+14; j++ {
				if stemsMeet(toks[j].stem, stemOf(title)) {
					return true
				}
			}
		}
	}
	return false
}

// deniesAct refuses a question that takes for granted an act the article
// denies: "when did Brandt concede" of "Brandt ... has not conceded". A
// wh-question presupposes its act (Quirk et al., §11.14: "when did he
// leave?" takes for granted that he left); when the sentence that holds
// the whole question, its people included, negates the asked word, the
// article says the opposite of the premise, and the reply says so with
// that sentence instead of a time, place or reason from another one.
func (e *Engine) deniesAct(q *query) (reply, bool) {
	if !presupposingTypes[q.typ] || anyNegation(q.toks) || len(q.terms) == 0 {
		return reply{}, false
	}
	if _, ok := e.workplace(q); ok {
		return reply{}, false // "where does she work" asks a job the article gives; "has not worked on the case" denies one task (jobworkplace.go)
	}
	cands := e.rank(q, nil)
	if len(cands) == 0 {
		return reply{}, false
	}
	c := cands[0]
	s := &e.r.sents[c.s]
	if len(q.subjects) == 0 || c.coverage < 0.999 || c.subjects < len(q.subjects) {
		return reply{}, false
	}
	if r, ok := e.lastSince(q, c); ok {
		return r, true // "when did he last write a song": "hasn't written a song since 2002"
	}
	k := negationAt(s, c.matched)
	denied := k >= 0 && contains(q.subjects, e.doerBefore(s, k))
	if !denied && !(q.asksFact() && e.directedActs(s, c.matched)) {
		return reply{}, false // "offered him the chance to resign" tells no resignation either
	}
	return reply{head: "The article doesn't say that happened; it says:", used: []*sentence{s}}, true
}

// negationAt is the index of a negation governing a matched word (within
// the three words before it), or -1.
func negationAt(s *sentence, matched []int) int {
	for _, m := range matched {
		for k := max(0, m-3); k < m; k++ {
			if l := s.toks[k].lower; negations[l] || strings.HasSuffix(l, "n't") {
				return k
			}
		}
	}
	return -1
}

// doerBefore is the person or organisation named last before token k, the subject of the
// clause the token ends in the usual order of English (Quirk et al.,
// §2.13), or the entity a sentence-opening pronoun refers to when no name
// comes before; -1 when there is none.
func (e *Engine) doerBefore(s *sentence, k int) int {
	best, end := -1, -1
	for _, x := range s.named {
		if k := e.r.ents[x].kind; k != knowledge.Person && k != knowledge.Organisation {
			continue // "a Las Vegas car dealer": a place names no doer
		}
		for _, sp := range e.nameSpans(s, x) {
			if sp[1] <= s.toks[k].start && sp[1] > end {
				best, end = x, sp[1]
			}
		}
	}
	if best < 0 && len(s.refs) > 0 {
		return s.refs[0]
	}
	return best
}

// presupposingTypes are the wh-questions that take their act for granted
// and ask only for its circumstance: when, where, why.
var presupposingTypes = map[answerType]bool{tTime: true, tPlace: true, tReason: true}

// deniesEveryAct reports whether s negates every occurrence of one of q's
// verbs: a wh-question takes its act for granted (Quirk et al., §11.14),
// and a sentence that only denies it ("had never won a match") names who
// did not, not who did, nor when or where. "Not … until" delays an act
// rather than denying it ("would not crest until Sunday", §8.60), so a
// clause with "until" after the verb still states it.
func (e *Engine) deniesEveryAct(q *query, s *sentence) bool {
	for _, t := range q.terms {
		if !e.canBe(t.lower, "verb") {
			continue
		}
		at := termAt(s, t)
		if len(at) == 0 {
			continue
		}
		all := true
		for _, k := range at {
			all = all && e.denies(s, []int{k}) && !untilAfter(s, k)
		}
		if all {
			return true
		}
	}
	return false
}

// untilAfter reports whether "until" or "till" follows token k in its
// clause (before a comma).
func untilAfter(s *sentence, k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+6; j++ {
		if commaBetween(s, j-1, j) {
			return false
		}
		if l := s.toks[j].lower; l == "until" || l == "till" {
			return true
		}
	}
	return false
}
