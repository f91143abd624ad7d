package lookup

import (
	"slices"
	"strings"
)

// Dead or alive (part of stage 4, yes/no): "is he dead" and "is his wife
// still alive" ask for the state that dying brings about. English has no
// verb formed from "dead" for that change: the verb is "die" (WordNet
// 3.0: "die", "pass from physical life"; "dead", the antonym of
// "alive"), and news copy tells the change, not the state ("the former
// Ruth Ann Mueller, died in 2021"). So a sentence whose subject is the
// person asked and whose verb is "die" answers "dead" Yes and "alive" No.
// The subject must be the verb's own (Quirk et al., §2.13): the one
// before it, or the antecedent of a relative "who" right before it
// ("Alan Harwell, who died in 2020"), never a possessor ("Brandt's wife
// … died" says nothing of Brandt) nor one named in a clause of its own
// ("Brandt died …, his daughter, Carol, said").

// lifeVerbs are the verbs of staying alive that a yes/no question asks
// with do-support ("did she survive"): WordNet 3.0 survive v.1 "continue
// to live", and "live" in the same sense.
var lifeVerbs = set("survive", "survived", "live", "lived")

// lifeAsked reads the question's shape: "is X dead", "is X (still) alive"
// (a copula, the person, a word of lifeStates last) or "did X survive"
// (do-support, the person, a verb of lifeVerbs). It returns whether the
// state asked is death, the tokens that name the person, and whether q is
// so shaped.
func lifeAsked(q *query) (dead bool, from, to int, ok bool) {
	n := len(q.toks)
	if n < 3 {
		return false, 0, 0, false
	}
	if copulas[q.toks[0].lower] {
		dead, ok = lifeStates[q.toks[n-1].lower]
		return dead, 1, n - 1, ok
	}
	if q.toks[0].lower != "did" && q.toks[0].lower != "does" {
		return false, 0, 0, false
	}
	for k := 2; k < n; k++ {
		if lifeVerbs[q.toks[k].lower] {
			return false, 1, k, true
		}
	}
	return false, 0, 0, false
}

// lifeStates are the predicative adjectives of being alive or dead, with
// whether they say dead (WordNet 3.0 "alive", "living", "dead",
// "deceased").
var lifeStates = map[string]bool{"dead": true, "deceased": true, "alive": false, "living": false}

// lifeState answers "is X dead" / "is X (still) alive" from a sentence
// telling that X died; false when the question is not so shaped or no
// sentence tells X's death.
func (e *Engine) lifeState(q *query) (reply, bool) {
	dead, from, to, ok := lifeAsked(q)
	if !ok {
		return reply{}, false
	}
	noun := askedPersonNoun(e, q, from, to) // "is the chief's father alive": the father, not the chief
	if noun == "" && len(q.subjects) != 1 {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for m, t := range s.toks {
			if t.cap || quotedAt(s, m) || !strings.HasSuffix(t.lower, "ed") && t.lower != "dies" {
				continue
			}
			if e.baseVerb(t.lower) == "die" && e.subjectOfDeath(q, s, m, noun) || e.killedAt(s, m) && e.undergoerOfKilling(q, s, m, noun) {
				head := "No —"
				if dead {
					head = "Yes —"
				}
				return reply{found: true, head: head, used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// askedPersonNoun is the common noun naming a kind of person among the
// question's tokens from up to to, not as a possessor ("his wife", "the
// chief's father") nor as part of a name ("jody crane"), or "".
func askedPersonNoun(e *Engine, q *query, from, to int) string {
	for k, t := range q.toks[from:to] {
		if q.nameToks[from+k] {
			continue
		}
		if !t.cap && !t.poss && !stopWords[t.lower] && e.personNoun(t.lower) {
			return t.lower
		}
	}
	return ""
}

// killedAt reports whether token m of s is a past form of a verb whose
// act causes death: WordNet's verbs with a cause pointer to "die"
// ("kill", "murder", "slay"; wninput(5WN), the ">" pointer).
func (e *Engine) killedAt(s *sentence, m int) bool {
	return !e.noLex && slices.Contains(e.lex.Causers("die"), e.baseVerb(s.toks[m].lower))
}

// undergoerOfKilling reports whether the one a killing at token m of s
// befell is the person q asks of (or a noun phrase headed by noun): the
// subject of a passive ("Edna Folsom was killed"), the object of the
// active ("killing Edna Folsom"), or one named in the complement of a
// copula whose subject the participle postmodifies ("The two people
// killed were a 79-year-old woman, Edna Folsom, and …"; "Among those
// killed was …"), short of the source of a reporting clause after it.
func (e *Engine) undergoerOfKilling(q *query, s *sentence, m int, noun string) bool {
	if m > 0 && (beForms[s.toks[m-1].lower] || getForms[s.toks[m-1].lower]) {
		return e.subjectOfDeath(q, s, m, noun) // "was killed": the passive's subject
	}
	asked := func(k int) bool {
		if noun != "" {
			return !s.toks[k].poss && !s.toks[k].cap && singular(s.toks[k].lower) == noun
		}
		return e.questionSubjectAt(q, s, k)
	}
	end := reportingTailStart(s) // "…, Sheriff Lyle Ortman said": the source, not the dead
	for k := m + 1; k < end && k <= m+4 && s.toks[k].cap; k++ {
		if asked(k) {
			return true // "killing Edna Folsom"
		}
	}
	if m+1 >= end || !copulas[s.toks[m+1].lower] && s.toks[m+1].lower != "included" {
		return false
	}
	for k := m + 2; k < end; k++ {
		if asked(k) {
			return true
		}
	}
	return false
}

// subjectOfDeath reports whether the subject of the verb at m is the
// person q names, or a noun phrase headed by noun.
func (e *Engine) subjectOfDeath(q *query, s *sentence, m int, noun string) bool {
	k := m - 1
	for k >= 0 && (auxiliaries[s.toks[k].lower] || isAdverb(s.toks[k].lower)) {
		k--
	}
	if k < 0 {
		return false
	}
	if relativePronouns[s.toks[k].lower] {
		k-- // "Alan Harwell, who died": its antecedent
	}
	if k < 0 {
		return false
	}
	if noun == "" && e.questionSubjectAt(q, s, k) {
		return true
	}
	// the clause's subject noun phrase: from the clause's start to the verb,
	// past appositives and relative clauses, which name others
	start := datelineEnd(s)
	for j := start; j < k; j++ {
		if w := s.toks[j].lower; w == ";" || coordinators[w] && j > start && commaBetween(s, j-1, j) {
			start = j + 1
		}
	}
	end := start
	for end <= k && !commaBetween(s, end, min(end+1, len(s.toks)-1)) && !relativePronouns[s.toks[end].lower] {
		end++
	}
	for j := start; j <= min(end, k); j++ {
		if s.toks[j].poss {
			continue // "Brandt's wife": Brandt is the possessor
		}
		if noun != "" && (s.toks[j].lower == noun || singular(s.toks[j].lower) == noun) {
			return true
		}
		if noun == "" && e.questionSubjectAt(q, s, j) {
			return true
		}
	}
	return false
}
