package lookup

import "slices"

// The doer told by the converse verb (part of stage 4, who-questions).
// Some verbs come in converse pairs that tell one relation from either
// side: "A bought it from B" is "B sold it to A", "A owns it" is "it
// belongs to A" (Lyons 1977, "Semantics", §9.4 on converseness; FrameNet
// Commerce_buy and Commerce_sell, Possession). A news story often tells
// the thing's side: "The Riverhawks have been sold to an investment
// group", "the van belonged to the church". The converse verb then names
// the one the question asks about in its "to" phrase, and the thing asked
// about stands before the verb as its subject. Only when the article
// tells no doer with the asked verb itself is the converse read.

// converseVerbs maps the base form of a verb of a who-question to the
// base forms of its converses (Lyons 1977, §9.4: buy/sell, borrow/lend,
// receive/give; own/belong as FrameNet's Possession frame gives them).
var converseVerbs = map[string][]string{
	"buy":      {"sell"},
	"purchase": {"sell"},
	"acquire":  {"sell"},
	"own":      {"belong"},
	"borrow":   {"lend", "loan"},
	"receive":  {"give", "award", "grant"},
}

// statives are the converses that tell a state, not an act, so the thing
// asked about is their active subject ("the van belonged to the church");
// a converse act ("sell", "give") has its agent for subject, and the thing
// is its subject only in the passive ("have been sold to").
var statives = set("belong")

// converseDoer answers "who bought the Riverhawks" from "The Riverhawks
// have been sold to an investment group …": a sentence writes a converse
// of the asked verb after the asked object's head and a "to" phrase
// within a few words after it, whose noun phrase names the doer.
func (e *Engine) converseDoer(q *query) (reply, bool) {
	t, ok := e.askedAct(q)
	if !ok || e.askedInPassive(q, t) {
		return reply{}, false
	}
	conv := e.conversesOf(t.lower)
	obj := e.objectOf(q, t)
	if len(conv) == 0 || len(obj) == 0 && len(q.subjects) == 0 {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		for v, tok := range s.toks {
			if tok.cap || quotedAt(s, v) || !e.isForm(conv, tok.lower) || !e.canBe(tok.lower, "verb") {
				continue
			}
			if !e.objectBefore(q, obj, s, v) || !statives[e.baseVerb(tok.lower)] && !passiveAt(s.toks, v) {
				continue // "The chain sold its pharmacies to …": the thing before an active "sell" is the seller
			}
			if statives[e.baseVerb(tok.lower)] && untilAfter(s, v) {
				continue // "belonged to the county until 2010": no longer its owner ("until" ends the state, Quirk et al. 1985, §9.37; decide.go)
			}
			if intended(s, []int{v}) || inCondition(s, v) || inIntendedInfinitive(s, v) || inAttemptInfinitive(s, v) || tokenBefore(s, v) == "to" {
				continue // "plans to sell the stores to …": nothing sold yet (notyet.go)
			}
			to := converseTo(s, v)
			if to < 0 || to+1 >= len(s.toks) {
				continue
			}
			if agent, ok := e.agentAt(s, to+1); ok {
				return reply{found: true, head: agent, used: []*sentence{s}}, true
			}
			if x, _ := e.lastEntityIn(s, to+1, nextComma(s, to+1)+1); x >= 0 {
				return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true // "an investment group led by … Dwayne Oduya"
			}
		}
	}
	return reply{}, false
}

// objectBefore reports whether the asked object stands in s before token
// v: the head of the question's object, or the entity the question names.
func (e *Engine) objectBefore(q *query, obj []term, s *sentence, v int) bool {
	if len(obj) > 0 {
		return slices.ContainsFunc(s.toks[:v], obj[len(obj)-1].matches)
	}
	for _, x := range q.subjects {
		if contains(s.named, x) || contains(s.refs, x) {
			return true
		}
	}
	return false
}

// converseTo is the index of the "to" after the converse verb at v, past
// at most a short adverbial ("sold last year to"), or -1.
func converseTo(s *sentence, v int) int {
	for j := v + 1; j < len(s.toks) && j <= v+4; j++ {
		if commaBetween(s, j-1, j) {
			return -1
		}
		if s.toks[j].lower == "to" {
			return j
		}
	}
	return -1
}

// withConverseVerbs gives a who-question's verb that the article never
// writes the article's converses of it as alternatives ("who owns the
// van": "the van belonged to the church"), so the sentence is found and
// converseDoer reads its "to" phrase.
func (e *Engine) withConverseVerbs(q *query, terms []term) []term {
	if e.noLex || q.typ != tPerson {
		return terms
	}
	for i := range terms {
		conv := e.conversesOf(terms[i].lower)
		if len(conv) == 0 || terms[i].known {
			continue
		}
		for w := range e.r.words {
			if st := stemOf(w); e.isForm(conv, w) && e.canBe(w, "verb") && !slices.Contains(terms[i].alts, st) {
				terms[i].alts = append(terms[i].alts, st)
				terms[i].known, terms[i].conversed = true, true
			}
		}
	}
	return terms
}

// conversedAct reports whether the who-question's act is one the article
// tells only through a converse: its verb is known only through its
// converses (withConverseVerbs), or no body sentence writes the verb's
// own forms with the asked object ("who owns the ballpark" of an article
// that has a team's "owner" but writes the ballpark only as belonging).
func (e *Engine) conversedAct(q *query) bool {
	t, ok := e.askedAct(q)
	if !ok || len(e.conversesOf(t.lower)) == 0 {
		return false
	}
	if t.conversed {
		return true
	}
	obj := e.objectOf(q, t)
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part == "" && slices.ContainsFunc(s.toks, t.sameWord) && (len(obj) == 0 || slices.ContainsFunc(s.toks, obj[len(obj)-1].matches)) {
			return false
		}
	}
	return true
}

// conversesOf is the converses of verb w in any inflection: a regular
// form has no WordNet lemma of its own ("purchased"), so the table's
// base forms are met by stem.
func (e *Engine) conversesOf(w string) []string {
	for v, conv := range converseVerbs {
		if e.isForm([]string{v}, w) {
			return conv
		}
	}
	return nil
}

// isForm reports whether w is a form of one of the base verbs vs: the
// same stem, or an irregular form of it ("bought": buy).
func (e *Engine) isForm(vs []string, w string) bool {
	st, base := stemOf(w), stemOf(e.baseVerb(w))
	return slices.ContainsFunc(vs, func(v string) bool { return stemOf(v) == st || stemOf(v) == base })
}
