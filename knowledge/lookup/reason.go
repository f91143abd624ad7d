package lookup

import (
	"regexp"
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
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		used := []*sentence{s}
		if !statesCause(s) {
			used = e.withCause(q, c.s)
		}
		if x := e.viewAsked(q); len(used) == 1 && x >= 0 && (s.speaker == x || contains(s.named, x)) {
			if g := e.groundsAfter(x, c.s); g != nil {
				used = append(used, g) // "why does Flores think …": her next statement gives her grounds
			}
		}
		return reply{found: true, used: used}, true
	}
	return reply{}, false
}

// withCause is sentence i with the neighbour in its paragraph that gives
// its cause: a sentence before or after that states a cause ("… invoked the
// Emergency Conflagration Act, which allows it to send … crews." "Nine task
// forces … arrived overnight."), or, after it, the actor's own account of
// the act ("Osei cast a vote against the plan." "Osei said he objected to
// the timing …"), which is how news writing reports a person's reasons.
func (e *Engine) withCause(q *query, i int) []*sentence {
	s := &e.r.sents[i]
	for _, n := range []int{i - 1, i + 1} {
		if n < 0 || n >= len(e.r.sents) || e.r.sents[n].para != s.para || s.para == 0 {
			continue
		}
		if statesCause(&e.r.sents[n]) {
			if n < i {
				return []*sentence{&e.r.sents[n], s}
			}
			return []*sentence{s, &e.r.sents[n]}
		}
	}
	if n := i + 1; n < len(e.r.sents) && e.r.sents[n].para == s.para && s.para > 0 && e.accountBy(q, &e.r.sents[n]) {
		return []*sentence{s, &e.r.sents[n]}
	}
	return []*sentence{s}
}

// accountBy reports whether s reports, outside quotation marks, what a
// person the question asks about said ("Osei, 41, said he backed transit
// but objected …").
func (e *Engine) accountBy(q *query, s *sentence) bool {
	actor := false
	for _, x := range q.subjects {
		if e.r.ents[x].kind == knowledge.Person && (contains(s.named, x) || contains(s.refs, x)) {
			actor = true
		}
	}
	if !actor {
		return false
	}
	for i, t := range s.toks {
		if speechVerbs[t.lower] && !s.quoted[i] {
			return true
		}
	}
	return false
}

// causeWords mark a clause that gives a cause, a purpose or what made
// something possible (Quirk et al., §15.45–15.48, causal and purpose
// subordinators and connectives, with the verbs of causing and enabling).
var causeWords = set("because", "since", "due", "result", "so", "therefore", "thus", "after",
	"allows", "allowed", "allow", "enables", "enabled", "led", "prompted", "prompting",
	"citing", "amid", "following", "caused", "causing", "triggered")

// statesCause reports whether a sentence gives a cause.
func statesCause(s *sentence) bool {
	for _, t := range s.toks {
		if causeWords[t.lower] {
			return true
		}
	}
	return false
}

// concession splits "why X if Y" (or "even though", "although", "though",
// "despite", "even if") into the event asked about and the fact conceded
// (Quirk et al., §15.39–15.42, concessive and conditional-concessive
// clauses): the question asks what outweighed Y.
var concession = regexp.MustCompile(`^(.*\bwhy\b.*?)[ ,]+(?:even though|even if|although|though|despite|if)\s+\S`)

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
