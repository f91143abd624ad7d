package lookup

import "strings"

// "What happened to X" asks what X underwent: "happen to" takes the
// affected participant (Quirk et al. 1985, §10.19, the affected role).
// A sentence in which X is the agent of a transitive verb, subject of an
// active verb with an object after it ("guards gave him antacid
// tablets"), tells what X did; one in which X stands after the verb, as
// its object ("placed two guards on paid leave"), before a passive one
// ("two people were treated"), or as the subject of a verb with no
// object ("Tillis died on Jan. 9", whose subject is affected, §10.19)
// tells what happened to X. Of the sentences that answer equally well,
// the first that does not tell X acting answers.

// undergoerBest is the best candidate for "what happened to X" among
// those keep accepts: the first one holding the question at least as
// well as the best that does not tell X only as an agent; the best one
// when every one does.
func (e *Engine) undergoerBest(q *query, keep func(*sentence) bool) (candidate, bool) {
	head := happenedToHead(q)
	var first candidate
	found := false
	for _, c := range e.rank(q, keep) {
		if !e.holds(q, c) {
			continue
		}
		if !found {
			first, found = c, true
		}
		if allQuoted(&e.r.sents[c.s], c.matched) {
			continue // "I keep thinking about the organ": a speaker's words, not the reporter's account of what befell it (quotednarration.go)
		}
		if c.coverage < first.coverage || c.subjects < first.subjects {
			continue
		}
		if !e.onlyAgent(q, &e.r.sents[c.s], head) {
			return c, true
		}
	}
	return first, found
}

// happenedToHead is the question's term for the head noun after "happened
// to" ("the guards" → guards); the zero term when the question is not so
// shaped or the head is a name.
func happenedToHead(q *query) term {
	at := -1
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].lower == "to" && happenVerbs[q.toks[i-1].lower] {
			at = i
			break
		}
	}
	if at < 0 {
		return term{}
	}
	end := at + 1
	for end < len(q.toks) && !prepositions[q.toks[end].lower] && !phraseEnders[q.toks[end].lower] {
		end++
	}
	if end-1 <= at || q.nameToks[end-1] {
		return term{}
	}
	t, _ := q.termOf(q.toks[end-1].lower)
	return t
}

// happenVerbs are the forms of "happen" and its WordNet 3.0 synonyms
// "occur" and "befall" ("what happened to the guards").
var happenVerbs = set("happen", "happens", "happened", "happening", "occur", "occurs", "occurred", "befell", "befall")

// onlyAgent reports whether every mention in s of what the question asks
// about (a person or thing it names, or the head noun after "happened
// to") is the subject of an active verb with an object after it, and
// there is at least one. A capitalised use of the head noun is a title
// inside a name (AP Stylebook, "titles"), which tells nothing of the thing
// asked about: it counts as no mention.
func (e *Engine) onlyAgent(q *query, s *sentence, head term) bool {
	var ends []int
	titled := false
	for k, tok := range s.toks {
		switch {
		case head.lower != "" && head.matches(tok) && titleAt(s, k):
			titled = true // "Nurse Dana Cole": a title inside a name, not the thing asked about
		case head.lower != "" && head.matches(tok) && (k+1 >= len(s.toks) || !head.matches(s.toks[k+1])):
			ends = append(ends, k)
		case e.nameEndsAt(s, q.subjects, k):
			ends = append(ends, k)
		case len(q.subjects) > 0 && mentionsAll(s, q.subjects) && e.pronounFor(s.toks[k:k+1], q.subjects[0]):
			ends = append(ends, k)
		}
	}
	for _, k := range ends {
		if !e.actsOnObject(s, k) {
			return false
		}
	}
	return len(ends) > 0 || titled
}

// actsOnObject reports whether the noun phrase ending at token k of s is
// the subject of an active verb that has an object: the verb follows
// inside the clause, past adverbs and auxiliaries, is no passive
// participle, and a noun phrase or an object pronoun follows it.
func (e *Engine) actsOnObject(s *sentence, k int) bool {
	v := k + 1
	for v < len(s.toks) && !commaBetween(s, v-1, v) && (isAdverb(s.toks[v].lower) || s.toks[v].lower == "not" || auxiliaries[s.toks[v].lower] || beForms[s.toks[v].lower]) {
		v++
	}
	if v >= len(s.toks) || v+1 >= len(s.toks) || commaBetween(s, k, v) || commaBetween(s, v, v+1) {
		return false
	}
	w := s.toks[v].lower
	if !e.canBe(w, "verb") || passiveAt(s.toks, v) || prepositions[w] || determiners[w] {
		return false
	}
	if !e.clauseVerb(s, v) && !(strings.HasSuffix(w, "s") && e.baseVerb(w) != w) {
		return false
	}
	o := s.toks[v+1].lower
	return objectPronouns[o] || e.opensObject(s, v+1)
}

// titleAt reports whether the capitalised token k of s stands before a
// name as its title, or inside it: AP style writes a common noun in lower
// case except as a formal title before a name ("Nurse Dana Cole") or at
// the start of a sentence.
func titleAt(s *sentence, k int) bool {
	if !s.toks[k].cap {
		return false
	}
	return k > 0 || k+1 < len(s.toks) && s.toks[k+1].cap && !commaBetween(s, k, k+1)
}

// objectPronouns are the objective-case personal pronouns (Quirk et al.
// 1985, §6.4).
var objectPronouns = set("me", "us", "him", "her", "them", "it")
