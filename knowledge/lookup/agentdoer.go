package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// The doer an agent noun names (part of stage 4, who-questions). News
// copy often says what a person did before it gives them the agent noun
// of the act: "Marcus Lee, 29, was driving" and later "The driver
// refused to stop" (AP Stylebook, "lead": the person is identified in the
// act, then referred back to by a description). An agent noun in -er or
// -or is "one who does" the verb it is derived from (Quirk et al. 1985,
// App. I.34, agential suffixes; WordNet's derivational links join
// "driver" to "drive"), and a definite description refers to the one
// person in the discourse who fits it (Quirk et al., §5.26–5.32). So
// when no one is described by the asked agent noun, the one person the
// article names as the subject of its verb ("was driving", "drove") is
// who "the driver" means. A passive ("was driven by") makes its subject
// the undergoer, not the doer, and is not read; two such people leave
// the description unresolved.

// agentDoer is the one person named as the subject of the verb the
// question's agent noun derives from, with the sentence saying so.
func (e *Engine) agentDoer(q *query) ([]int, []role) {
	if e.noLex {
		return nil, nil
	}
	noun, verbs := e.askedAgentVerbs(q)
	if len(verbs) == 0 {
		return nil, nil
	}
	stems := make([]string, len(verbs))
	for i, v := range verbs {
		stems[i] = stemOf(v)
	}
	var doers []int
	var rs []role
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k := range s.toks {
			if !e.activeFormOf(s, k, verbs, stems) {
				continue
			}
			if x := e.clausePersonSubject(q, s, k); x >= 0 && !contains(doers, x) {
				doers, rs = append(doers, x), append(rs, role{text: "the " + noun, s: s})
			}
		}
	}
	if len(doers) != 1 {
		return nil, nil
	}
	return doers, rs
}

// askedAgentVerbs finds "the NOUN" in q ("the top NOUN" too, the
// amplifier unwritten: rankamplifier.go), NOUN a person noun and an agent
// noun, and returns it with the verbs WordNet derives it from whose stem
// it begins with ("driver": drive).
func (e *Engine) askedAgentVerbs(q *query) (string, []string) {
	for i := 1; i < len(q.toks); i++ {
		w := q.toks[i].lower
		if !e.definiteBefore(q, i) || i+1 < len(q.toks) && !stopWords[q.toks[i+1].lower] {
			continue // "the driver" closing its noun phrase, not "the driver's" or "the bus driver"'s modifier
		}
		if !e.personNoun(w) || !e.agentNoun(w) {
			continue
		}
		var verbs []string
		for _, r := range e.lex.Related(w) {
			if r != w && !strings.Contains(r, "_") && slices.Contains(e.lex.PartsOfSpeech(r), "verb") && strings.HasPrefix(w, stemOf(r)) {
				verbs = append(verbs, r)
			}
		}
		return w, verbs
	}
	return "", nil
}

// activeFormOf reports whether token k of s is an active finite or
// progressive form of one of verbs: "drove", "drives", "was driving",
// "had driven"; not the bare form, not a passive participle after "be".
func (e *Engine) activeFormOf(s *sentence, k int, verbs, stems []string) bool {
	w := s.toks[k].lower
	if s.toks[k].cap || !e.formOfAny(s.toks[k], verbs, stems) || slices.Contains(verbs, w) {
		return false
	}
	prev := ""
	if k > 0 {
		prev = s.toks[k-1].lower
	}
	if strings.HasSuffix(w, "ing") {
		return beForms[prev] // "was driving"; "reckless driving" is a noun
	}
	return !beForms[prev] && !determiners[prev]
}

// clausePersonSubject is the person whose name stands right before the
// verb at token k of s (past its auxiliaries), or before the opening
// comma of an appositive that ends right before it ("Vernon Haag, 52, of
// Zeeland, was driving"; appositivesubject.go); -1 when no person's does,
// or the question names them.
func (e *Engine) clausePersonSubject(q *query, s *sentence, k int) int {
	v := k
	for v > 0 && (beForms[s.toks[v-1].lower] || haveForms[s.toks[v-1].lower]) && !commaAfter(s, v-1) {
		v-- // "was driving", "had driven": the subject precedes the auxiliary
	}
	person := func(j int) int {
		x, start := e.entitySpanEndingAt(s, j)
		if x < 0 || e.a.Entities[x].Kind != knowledge.Person || contains(q.subjects, x) || prepObjectAt(s, start) {
			return -1
		}
		return x
	}
	if v < 1 {
		return -1
	}
	if !commaAfter(s, v-1) {
		return person(v - 1)
	}
	for j := v - 1; j > datelineEnd(s) && v-j < maxAppositive; j-- {
		if commaAfter(s, j-1) {
			if x := person(j - 1); x >= 0 {
				return x
			}
		}
	}
	return -1
}

// formOfAny reports whether token t is an inflection of one of verbs,
// whose stems are stems: by its stem ("driving", which WordNet also lists
// as a noun) or its WordNet lemma ("drove": drive).
func (e *Engine) formOfAny(t token, verbs, stems []string) bool {
	if slices.Contains(stems, t.stem) {
		return true
	}
	return slices.Contains(verbs, e.lex.Lemma(t.lower))
}
