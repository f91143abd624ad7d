package lookup

import "strings"

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

// lifeStates are the predicative adjectives of being alive or dead, with
// whether they say dead (WordNet 3.0 "alive", "living", "dead",
// "deceased").
var lifeStates = map[string]bool{"dead": true, "deceased": true, "alive": false, "living": false}

// lifeState answers "is X dead" / "is X (still) alive" from a sentence
// telling that X died; false when the question is not so shaped or no
// sentence tells X's death.
func (e *Engine) lifeState(q *query) (reply, bool) {
	n := len(q.toks)
	if n < 3 || !copulas[q.toks[0].lower] {
		return reply{}, false
	}
	dead, ok := lifeStates[q.toks[n-1].lower]
	if !ok {
		return reply{}, false
	}
	noun := askedPersonNoun(e, q.toks[1:n-1]) // "is the chief's father alive": the father, not the chief
	if noun == "" && len(q.subjects) != 1 {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for m, t := range s.toks {
			if t.cap || e.baseVerb(t.lower) != "die" || quotedAt(s, m) || !strings.HasSuffix(t.lower, "ed") && t.lower != "dies" {
				continue
			}
			if e.subjectOfDeath(q, s, m, noun) {
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

// askedPersonNoun is the common noun naming a kind of person among toks,
// not as a possessor ("his wife", "the chief's father"), or "".
func askedPersonNoun(e *Engine, toks []token) string {
	for _, t := range toks {
		if !t.cap && !t.poss && !stopWords[t.lower] && e.personNoun(t.lower) {
			return t.lower
		}
	}
	return ""
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
