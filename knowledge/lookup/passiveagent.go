package lookup

import (
	"slices"
	"strings"
)

// In the passive the doer of the act is the agent of a by-phrase after
// the participle ("the district has been run by Deborah Kline"; Quirk et
// al. 1985, §3.63 and §3.67 on the agent by-phrase), not the subject
// before the verb, which is the one the act was done to. News writing
// puts organisations there as often as people ("will be built by Sunward
// Energy, a company based in Denver"), names a body only in apposition to
// its class noun ("organized by a residents' group, Keep Redfield Rural")
// or describes the agent without a name ("reported by a customer who was
// pumping gas outside"). Asked who did the act, the reader is owed that
// agent.

// passiveAgent is the agent of the asked act where s tells it in the
// passive with a by-phrase: the name of the person or body the phrase
// names, or its noun phrase when it names none. other reports that s
// tells the act only so, of another object than the question's: then no
// one in s did the act asked. Both false when the question itself is
// passive ("who was hired"), or s tells the act no such way.
func (e *Engine) passiveAgent(q *query, s *sentence) (agent string, ok, other bool) {
	t, ok := e.askedAct(q)
	if !ok || e.askedInPassive(q, t) {
		return "", false, false
	}
	if b := e.detachedParticipleBy(q, s, t); b > 0 {
		if agent, ok := e.agentAt(s, b+1); ok {
			return agent, true, false // "The drama, directed by Celia Ortander,"
		}
	}
	seen, elsewhere := false, false
	for i, tok := range s.toks {
		if !t.matches(tok) || tok.cap || quotedAt(s, i) {
			continue
		}
		b := -1
		switch {
		case passiveAt(s.toks, i) || e.coordinatedPassiveAt(s, i):
			b = byAfter(s, i)
			if b < 0 {
				b = e.lateBy(s, i) // "was found near a creek about four miles from the trail by …" (lateagent.go)
			}
			if b < 0 {
				b = e.fundingSource(s, i) // "was funded with $4.6 million from the National Institute on Aging"
			}
		case e.namedParticipleAt(s, i) && e.namesAsked(q, s, i):
			b = byAfter(s, i) // "Hartwell, founded in 1948 by …": Hartwell was founded
			if agent, ok := e.agentAt(s, b+1); ok {
				return agent, true, false
			}
		case e.postmodifyingPassiveAt(s, i) || e.relativeParticipleAt(s, i):
			b = byAfter(s, i) // "a camera built by students": the camera was built
			if !e.askedOfPostmodified(q, t, s, i) {
				seen, elsewhere = true, true // built of the camera, not of the radar asked
				continue
			}
		}
		if b < 0 && e.otherActiveObject(q, t, s, i) {
			continue // "Goldman Sachs advised Harbor; Crisp was advised by …" for "who advised Crisp"
		}
		if b < 0 {
			return "", false, false // told in the active, or with no agent
		}
		seen = true
		if !e.holdsObject(q, t, s) {
			continue
		}
		if agent, ok := e.agentAt(s, b+1); ok {
			return agent, true, false
		}
	}
	return "", false, seen && (elsewhere || !e.holdsObject(q, t, s))
}

// holdsObject reports whether the head of the question's object of t,
// when it has one, is in s, in the sentence before it or in the
// headline: the passive's subject is the active's object (Quirk et al.,
// §3.63), named there or referred to from there ("The project will be
// built by …" after a headline on the solar farm), so "the district has
// been run by Deborah Kline" does not say who ran the search. The head is
// the object's last word before any preposition (§17.2).
func (e *Engine) holdsObject(q *query, t term, s *sentence) bool {
	obj := e.objectOf(q, t)
	if len(obj) == 0 {
		return true
	}
	in := []*sentence{s, e.previous(e.indexOf(s))}
	if len(e.r.sents) > 0 && e.r.sents[0].part == "title" {
		in = append(in, &e.r.sents[0])
	}
	head := obj[len(obj)-1]
	for _, c := range in {
		if c != nil && (slices.ContainsFunc(c.toks, head.matches) || c == s && e.fusedHeadObject(obj, s, in[1])) {
			return true // "A third was spotted … by": the object with its head left out (fusedheadobject.go)
		}
	}
	return false
}

// askedInPassive reports whether the question puts its own verb t in the
// passive ("who was hired", "who got hurt"): it then asks for the one the
// act was done to, not its doer.
func (e *Engine) askedInPassive(q *query, t term) bool {
	for i, tok := range q.toks {
		if tok.lower == t.lower {
			return passiveAt(q.toks, i)
		}
	}
	return false
}

// agentAt is the agent whose noun phrase starts at token k of s: the
// last entity the phrase names when the phrase ends with its name
// ("Delaware County Prosecutor James Whitford"), or one named in
// apposition right after it ("a residents' group, Keep Redfield Rural"),
// else the phrase itself with any relative clause or -ed clause that
// follows it ("a customer who was pumping gas outside", "a lobbying firm
// tied to that country's government"), when its head noun names a
// kind of person, organisation or place. A head that names none ("by
// phone", "by 5%") is no agent: "by" also marks means and measure
// (Quirk et al., §9.49).
func (e *Engine) agentAt(s *sentence, k int) (string, bool) {
	return e.agentBefore(s, k, len(s.toks))
}

// agentBefore is agentAt with the noun phrase ending by token limit.
func (e *Engine) agentBefore(s *sentence, k, limit int) (string, bool) {
	end := min(nounPhraseEnd(s, k), limit)
	if end <= k {
		return "", false
	}
	end = e.nameRunEnd(s, k, end) // "the University of Michigan": one name (wholename.go)
	if j, ok := e.sharedSurnameEnd(s, end, limit); ok {
		return s.text[s.toks[end-1].start:s.toks[j-1].end] + ".", true // "brothers Walter and Eugene Marsh" (sharedsurnameagent.go)
	}
	post := e.participleEnds(s, k, end)
	if post {
		end-- // "a lobbying firm tied to …": the head is "firm", "tied" opens its postmodifier
	} else if j := e.ingPostmodifierAt(s, k, end); j < end {
		end, post = j, true // "a helicopter crew flying a search pattern" (ingpostmodagent.go)
	}
	if name, ok := e.namedAgent(s, k, end, limit); ok {
		return name, true
	}
	if end < len(s.toks) && strings.TrimSpace(s.text[s.toks[end-1].end:s.toks[end].start]) == "," {
		if x, at := e.lastEntityIn(s, end, nounPhraseEnd(s, end)); x >= 0 && at == end && !reportingName(s, at+e.formAt(s, x, at)) {
			return e.a.Entities[x].Name + ".", true // "a residents' group, Keep Redfield Rural"
		}
	}
	if !post {
		end = e.partitiveEnd(s, end) // "a pair of volunteer divers" (partitiveagent.go)
	}
	head := s.toks[end-1]
	if from := e.giftSource(s, end, limit); from > 0 {
		return e.agentBefore(s, from+1, limit) // "paid for by donations from local dairy farmers"
	}
	if run := capitalRunEnd(s, k); !e.noLex && head.cap && !e.namedAt(s, end-1) && e.apposedKind(s, run) {
		return s.text[s.toks[k].start:s.toks[run-1].end] + ".", true // "Friends of George's, a Memphis theater group"
	}
	if e.noLex || head.cap && !e.namedAt(s, end-1) || !head.cap && !e.namedKind(head.lower) && !collectiveAgents[head.lower] {
		return "", false
	}
	stop := s.toks[end-1].end
	if post || end < len(s.toks) && relativePronouns[s.toks[end].lower] && spaced(s, end-1, end) {
		stop = clauseEnd(s, end)
	} else if to := e.leaderEnd(s, e.institutionEnd(s, end)); to > end {
		stop = s.toks[to-1].end // "a team at the University of Iowa" (agentinstitution.go), "led by Ann Roe" (agentleader.go)
	}
	return capitalise(s.text[s.toks[k].start:stop]) + ".", true
}

// nounPhraseEnd is the index after the last token of the noun phrase
// starting at k: determiners, numbers, genitives and content words up to
// punctuation, a preposition, a subordinator, a time or another function
// word.
func nounPhraseEnd(s *sentence, k int) int {
	j := k
	for j < len(s.toks) && (j == k || genitiveSpaced(s, j-1, j)) && premodifier(s.toks[j].lower) && !phraseEnders[s.toks[j].lower] && !quotedAt(s, j) && !inSpans(s.times, s.toks[j].start) {
		j++
	}
	return j
}

// genitiveSpaced reports whether tokens a and b of s stand with only spaces or
// the apostrophe of a plural genitive between them ("residents' group").
func genitiveSpaced(s *sentence, a, b int) bool {
	return strings.Trim(s.text[s.toks[a].end:s.toks[b].start], " '’") == ""
}

// lastEntityIn is the entity whose name ends last within tokens [from,
// to) of s, the longest of those ("Keep Redfield Rural", not the
// "Redfield" inside it), and where its name starts; -1, -1 when none.
func (e *Engine) lastEntityIn(s *sentence, from, to int) (int, int) {
	best, at, bestEnd := -1, -1, -1
	for _, x := range s.named {
		for i := from; i < to; i++ {
			n := e.formAt(s, x, i)
			if n > 0 && i+n <= to && (i+n > bestEnd || i+n == bestEnd && i < at) {
				best, at, bestEnd = x, i, i+n
			}
		}
	}
	return best, at
}

// clauseEnd is the byte offset where the clause holding token k ends: at
// the next comma, semicolon, dash or the end of the sentence.
func clauseEnd(s *sentence, k int) int {
	for j := k + 1; j < len(s.toks); j++ {
		if strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;—") {
			return s.toks[j-1].end
		}
	}
	return s.toks[len(s.toks)-1].end
}

// byAfter is the index of the by-phrase's "by" after the participle at i
// within its clause, or -1.
func byAfter(s *sentence, i int) int {
	for j := i + 1; j < len(s.toks) && j <= i+4; j++ {
		if strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;.") {
			return -1 // the clause has ended
		}
		if s.toks[j].lower == "by" {
			return j
		}
	}
	return -1
}

// postmodifiedHead is the noun a participle at token i of s postmodifies:
// the word before it, or, when that word ends a name inside an of-phrase
// ("a study of Port Wendell paid for by"), the head before "of" (Quirk et
// al., §17.38, the of-phrase as postmodifier).
func postmodifiedHead(s *sentence, i int) token {
	k := i - 1
	for k > 0 && s.toks[k].cap {
		k--
	}
	if k < i-1 && k > 0 && s.toks[k].lower == "of" {
		return s.toks[k-1]
	}
	return s.toks[i-1]
}

// fundingSource is the index of the "from" that names who gave the money
// of a passive verb of paying or giving at token i ("The study was funded
// with $4.6 million from the National Institute on Aging"): with such a
// verb the source of the sum is its giver, the agent the active would
// make subject (Quirk et al. 1985, §9.16 on "from" as source, §10.7 on
// the recipient as passive subject), so it stands for the by-phrase; -1
// when the clause has no sum followed by "from".
func (e *Engine) fundingSource(s *sentence, i int) int {
	if e.noLex || !e.lex.Narrower(s.toks[i].lower, "pay") && !e.lex.Narrower(s.toks[i].lower, "give") {
		return -1
	}
	sum := false
	for j := i + 1; j < len(s.toks) && j <= i+8; j++ {
		if strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;") {
			return -1 // the clause has ended
		}
		sum = sum || slices.ContainsFunc(s.nums, func(n quantity) bool { return n.kind == qMoney && n.tok == j })
		if s.toks[j].lower == "from" {
			if sum {
				return j
			}
			return -1
		}
	}
	return -1
}

// giftSource is the index of the "from" right after a by-phrase's head
// when that head names a gift ("donations", "a grant", "contributions":
// WordNet's kinds of gift, "something acquired without compensation"):
// the act was done by means of the gift (by of means, Quirk et al. 1985,
// §9.49), and its giver, the source of its from-phrase (§9.16), is the
// doer; -1 otherwise.
func (e *Engine) giftSource(s *sentence, end, limit int) int {
	head := s.toks[end-1]
	if e.noLex || head.cap || end >= limit || s.toks[end].lower != "from" || !spaced(s, end-1, end) || !e.lex.KindOf(head.lower, "gift") {
		return -1
	}
	return end
}

// coordinatedPassiveAt reports whether the past form at token i of s is
// the second of two coordinated passive participles sharing one
// auxiliary ("was cast in 1928 and paid for by donations": was … paid),
// the auxiliary of the second conjunct ellipted (Quirk et al. 1985,
// §13.36 on ellipsis of the operator in coordinated predications): it
// follows "and" or "or", and a passive participle ("cast": one form for base and
// participle) stands before that in the same clause, within ten words.
func (e *Engine) coordinatedPassiveAt(s *sentence, i int) bool {
	if i < 3 || s.toks[i].cap || !e.pastForm(s.toks[i].lower) || s.toks[i-1].lower != "and" && s.toks[i-1].lower != "or" || !spaced(s, i-2, i) {
		return false
	}
	for j := i - 2; j >= 1 && j >= i-10; j-- {
		if !spaced(s, j, j+1) || relativePronouns[s.toks[j].lower] {
			return false // another clause
		}
		if w := s.toks[j].lower; !s.toks[j].cap && !beForms[w] && (e.pastForm(w) || e.canBe(w, "verb")) && passiveAt(s.toks, j) {
			return true
		}
	}
	return false
}

// apposedKind reports whether the capitalised words before token end of
// s, which name no entity the article knows, are followed by an
// indefinite appositive whose head names a kind of person, organisation
// or place ("Friends of George's, a Memphis theater group that stages
// drag shows"): the appositive says what the name names (Quirk et al.
// 1985, §17.65), so the words are a name, as the agent asked.
func (e *Engine) apposedKind(s *sentence, end int) bool {
	if end+1 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[end-1].end:s.toks[end].start]) != "," {
		return false
	}
	if w := s.toks[end].lower; w != "a" && w != "an" {
		return false
	}
	to := nounPhraseEnd(s, end+1)
	for j := end + 1; j < to; j++ {
		if relativePronouns[s.toks[j].lower] {
			to = j // "a Memphis theater group that stages drag shows": the head is before the relative clause
			break
		}
	}
	if to <= end+1 {
		return false
	}
	head := s.toks[to-1]
	return !head.cap && (e.namedKind(head.lower) || collectiveAgents[head.lower])
}

// capitalRunEnd is the end of the run of capitalised words from token k
// of s, with "of" between two of them ("Friends of George's"), and no
// punctuation inside.
func capitalRunEnd(s *sentence, k int) int {
	j := k
	for j < len(s.toks) && (j == k || spaced(s, j-1, j)) {
		switch {
		case s.toks[j].cap:
			j++
		case s.toks[j].lower == "of" && j > k && j+1 < len(s.toks) && s.toks[j+1].cap && spaced(s, j, j+1):
			j++
		default:
			return j
		}
	}
	return j
}

// namedAgent is the name that closes the agent's phrase [k, end), with
// the entity conjoined after it ("by Sanofi and AstraZeneca": coordinated
// agents share the role, coordinated.go); false when the phrase ends in
// no name.
func (e *Engine) namedAgent(s *sentence, k, end, limit int) (string, bool) {
	x, at := e.lastEntityIn(s, k, end)
	if x < 0 || at+e.formAt(s, x, at) != end || s.toks[end-1].poss {
		return "", false
	}
	if y := e.conjoinedEntityAt(s, x, end, limit); y >= 0 {
		return joinNames([]string{e.a.Entities[x].Name, e.a.Entities[y].Name}) + ".", true
	}
	return e.a.Entities[x].Name + ".", true
}

// conjoinedEntityAt is the entity of x's kind named right after "and" at
// token end (past a "the"), its name closing the phrase (a comma, the
// sentence's end or limit after it): "Sanofi and AstraZeneca, which …";
// -1 when none.
func (e *Engine) conjoinedEntityAt(s *sentence, x, end, limit int) int {
	if end+1 >= min(len(s.toks), limit) || s.toks[end].lower != "and" || punctuatedBetween(s.text, s.toks, end) {
		return -1
	}
	at := end + 1
	if s.toks[at].lower == "the" && at+1 < len(s.toks) {
		at++ // "and the Woodstock Foundation"
	}
	for _, y := range s.named {
		if y == x || e.r.ents[y].kind != e.r.ents[x].kind {
			continue
		}
		if n := e.formAt(s, y, at); n > 0 && (at+n >= len(s.toks) || at+n >= limit || punctuatedBetween(s.text, s.toks, at+n)) {
			return y
		}
	}
	return -1
}

// otherActiveObject reports whether verb t at token i of s is active with
// an object the question does not ask about, while the question's object
// stands elsewhere in s. Each clause of a sentence has its own object, so
// in "Goldman Sachs advised Harbor; Crisp was advised by Morgan Stanley"
// the first clause tells nothing of who advised Crisp, and the reading
// goes on to the second (Quirk et al. 1985, §10.2 on a transitive verb's
// object as an element of its own clause).
func (e *Engine) otherActiveObject(q *query, t term, s *sentence, i int) bool {
	var object []string
	after := false
	for _, tok := range q.toks {
		switch {
		case !after:
			after = tok.lower == t.lower
		case prepositions[tok.lower]:
			after = false
		case !determiners[tok.lower] && !stopWords[tok.lower]:
			object = append(object, tok.lower)
		}
		if !after && len(object) > 0 {
			break
		}
	}
	end := clauseEnd(s, i)
	elsewhere := false
	for k, tok := range s.toks {
		if k == i || !slices.Contains(object, tok.lower) {
			continue
		}
		if k > i && tok.end <= end {
			return false // the clause's own object is the one asked
		}
		elsewhere = true
	}
	return elsewhere
}
