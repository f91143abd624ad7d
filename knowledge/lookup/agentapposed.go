package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// The named doer an agent noun describes (part of stage 4,
// who-questions). An agent noun in -er or -or names one who does the verb
// it derives from (Quirk et al. 1985, App. I.34, agentive suffixes;
// WordNet's derivational links join "winner" to "win", "builder" to
// "build", "founder" to "found"), and news copy often tells of the act
// only through that noun, given to a person in apposition: "The winner of
// the 2026 medal, architect Ann Roe, accepted …", "The builder,
// contractor Dale Ross, said …" (the appositive identifies, Quirk et al.,
// §17.65–17.72; AP Stylebook, "lead": a person introduced by role). So
// "who won the medal" is answered by the person the article calls the
// medal's winner, even where no sentence writes "won" with "medal". The
// agent noun must head the description (not "the winner's coach"), and
// the question's other words must be in the sentence giving it: "who won
// the quilt" may ask of another winner. A sayer is not made a doer: the
// person must hold the noun in their own description.

// apposedAgent answers a who-question whose verb's agent noun, in a
// definite noun phrase, stands in apposition before the name of a person
// (or of people joined by "and") in a sentence holding the question's
// other words; false unless exactly one sentence so names them.
func (e *Engine) apposedAgent(q *query) (reply, bool) {
	if e.noLex {
		return reply{}, false
	}
	t, ok := e.askedAct(q)
	if !ok || e.askedInPassive(q, t) {
		return reply{}, false
	}
	nouns := e.actAgentNouns(e.baseVerb(t.lower))
	if len(nouns) == 0 {
		return reply{}, false
	}
	if e.actToldWithPerson(q, t, nouns) {
		return reply{}, false // "trained by Walt Pemberton": the act told with its doer outranks a description
	}
	var found []int
	var at *sentence
	noun := ""
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !e.holdsOtherTerms(q, t, s) && !e.actToldBefore(q, t, i) {
			continue
		}
		for k, tok := range s.toks {
			if tok.poss || !matchesNoun(tok.lower, nouns) || !definiteNounAt(s, k) {
				continue
			}
			xs := e.apposedPeople(q, s, k)
			if len(xs) == 0 {
				continue
			}
			if at != nil && at != s {
				return reply{}, false // two sentences name holders: which is asked is unclear
			}
			found, at, noun = xs, s, tok.lower
		}
	}
	if at == nil {
		return reply{}, false
	}
	rs := make([]role, len(found))
	for i := range found {
		rs[i] = role{text: "the " + noun, s: at}
	}
	return e.holdersReply(found, rs), true
}

// apposedAgentOrUnsaid answers from the holder apposed to the asked
// act's agent noun ("who won the medal": "The winner of the medal,
// architect Ann Roe,"), else, when no sentence names the act, refuses it
// (actUnsaid); done is false when neither holds.
func (e *Engine) apposedAgentOrUnsaid(q *query) (reply, bool, bool) {
	if r, ok := e.apposedAgent(q); ok {
		return r, true, true
	}
	return reply{}, false, e.actUnsaid(q)
}

// definiteNounAt reports whether the noun at token k of s is the head of
// a definite noun phrase: "the" or a possessive within the three tokens
// before it, with no comma between ("The winner", "the foundation's
// founder", "The lead author").
func definiteNounAt(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if commaAfter(s, j) {
			return false
		}
		if s.toks[j].lower == "the" || s.toks[j].poss {
			return true
		}
	}
	return false
}

// apposedPeople are the people named in apposition after the noun phrase
// the noun at token k of s heads: past its postmodifier to a comma, then
// at most four title words ("Minneapolis architect") before the name, and
// a second name after "and". None when the question names them.
func (e *Engine) apposedPeople(q *query, s *sentence, k int) []int {
	c := -1
	for j := k; j < len(s.toks)-1 && j <= k+8; j++ {
		if commaAfter(s, j) {
			c = j
			break
		}
	}
	if c < 0 || c > k && !(s.toks[k+1].lower == "of" || prepositions[s.toks[k+1].lower]) {
		return nil // "the winner, …" or "the winner of the prize, …"; not "the winner said,"
	}
	var out []int
	for i := c + 1; i < len(s.toks) && i <= c+5; i++ {
		if i > c+1 && commaAfter(s, i-1) {
			break
		}
		x := e.entityFormAt(s, i)
		if x < 0 || e.r.ents[x].kind != knowledge.Person || contains(q.subjects, x) {
			continue
		}
		out = append(out, x)
		i += e.formAt(s, x, i)
		if i+1 < len(s.toks) && s.toks[i].lower == "and" {
			if y := e.entityFormAt(s, i+1); y >= 0 && e.r.ents[y].kind == knowledge.Person {
				out = append(out, y)
			}
		}
		break
	}
	return out
}

// actToldBefore reports whether a sentence before sentence i writes the
// asked act with all the question's words: a definite description ("The
// discoverers") refers back to the act already told (Quirk et al. 1985,
// §5.26–5.32, anaphoric "the"), so the holder named after it is the doer
// of that act though its own sentence repeats none of its words.
func (e *Engine) actToldBefore(q *query, t term, i int) bool {
	for j := 0; j < i; j++ {
		p := &e.r.sents[j]
		if p.hasTerm(t) && e.holdsOtherTerms(q, t, p) {
			return true
		}
	}
	return false
}

// actToldWithPerson reports whether a sentence writes the asked verb (not
// its agent noun) outside a quotation with all the question's words and
// a person as its doer: the name right before it, or after "by" right
// after it. The act told in its own clause with a named doer ("trained by
// Walt Pemberton") is where the doer is read (doer.go, passiveagent.go),
// and a description elsewhere by the agent noun may be of another's act.
func (e *Engine) actToldWithPerson(q *query, t term, nouns []string) bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !e.holdsOtherTerms(q, t, s) {
			continue
		}
		for k, tok := range s.toks {
			if !t.matches(tok) || tok.cap || quotedAt(s, k) || matchesNoun(tok.lower, nouns) {
				continue
			}
			if e.clausePersonSubject(q, s, k) >= 0 || e.byPersonAt(q, s, k+1) {
				return true
			}
		}
	}
	return false
}

// byPersonAt reports whether token k of s is "by" before the name of a
// person q does not ask about.
func (e *Engine) byPersonAt(q *query, s *sentence, k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].lower != "by" {
		return false
	}
	x := e.entityFormAt(s, k+1)
	return x >= 0 && e.r.ents[x].kind == knowledge.Person && !contains(q.subjects, x)
}

// actAgentNouns are the person agent nouns of verb v and of each
// one-word WordNet synonym of v that lists v back as its own synonym:
// words sharing a synset name one act ("find" and "discover", WordNet
// 3.0 discover.v.03), so the agent noun of either names its doer ("the
// discoverers" found it). A one-way link (a sense of the synonym only) is
// not followed.
func (e *Engine) actAgentNouns(v string) []string {
	nouns := e.personAgentNouns(v)
	for _, syn := range e.lex.Synonyms(v) {
		if strings.Contains(syn, " ") || strings.Contains(syn, "_") || !e.canBe(syn, "verb") || !slices.Contains(e.lex.Synonyms(syn), v) {
			continue
		}
		for _, n := range e.personAgentNouns(syn) {
			if !slices.Contains(nouns, n) {
				nouns = append(nouns, n)
			}
		}
	}
	return nouns
}

// matchesNoun reports whether w is one of nouns or its plural in -s.
func matchesNoun(w string, nouns []string) bool {
	for _, n := range nouns {
		if w == n || w == n+"s" {
			return true
		}
	}
	return false
}

// holdsOtherTerms reports whether s holds every term of q but act.
func (e *Engine) holdsOtherTerms(q *query, act term, s *sentence) bool {
	for _, t := range q.terms {
		if t.lower != act.lower && !s.hasTerm(t) {
			return false
		}
	}
	return true
}
