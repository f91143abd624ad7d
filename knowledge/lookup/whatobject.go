package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// An object what-question ("what did they find", "what was the train
// carrying") asks for the object of its verb: the wh-word stands for the
// missing constituent (Quirk et al., §11.14), and a preposition whose
// complement is asked stays behind after the verb ("what is it made
// from", §9.6). The sentence that answers it uses the verb as a verb, with
// something after it and the stranded preposition after that; a sentence
// that uses the word as a noun ("a talk about the find"), an adverb from
// the same stem ("clearly") or inside a quotation shares the word but not
// the answer. The article may name the act by a synonym or by a kind of
// it ("hauling" for carrying: WordNet's troponymy, Fellbaum 1998, ch. 3).

// strandedOnlyPrepositions are the prepositions of position that are also
// adverb particles ("came in", "went inside"), so that only at the end of
// a what-question, with the wh-word their complement, are they read as
// stranded ("what was the dog stuck in"; Quirk et al. 1985, §9.6, §9.15
// on "in" of position and §9.65 on prepositional adverbs).
var strandedOnlyPrepositions = set("in", "inside")

// objectAsk is the verb of an object what-question, and the preposition
// left at its end.
type objectAsk struct {
	verb     term
	base     string // the verb's dictionary form
	stranded string // "from" in "what is it made from"; "" when none
	at       int    // the verb's token index in the question
}

// askedObject reads an object what-question: it opens with "what" and an
// auxiliary, and its verb is the word before its first preposition, past
// an object pronoun or a short noun phrase before a stranded preposition
// ("what did the jury clear him of": clear), or its last word. false when the question is not so shaped.
func (e *Engine) askedObject(q *query) (objectAsk, bool) {
	toks := q.toks
	if !e.whatObjectShape(toks) {
		return objectAsk{}, false
	}
	var a objectAsk
	k := len(toks) - 1
	for i := 3; i < len(toks); i++ {
		if prepositions[toks[i].lower] || i == len(toks)-1 && strandedOnlyPrepositions[toks[i].lower] {
			k = i - 1
			if i == len(toks)-1 {
				a.stranded = toks[i].lower
			}
			break
		}
	}
	for k > 2 && (personalPronouns[toks[k].lower] || a.stranded != "" && objectPronouns[toks[k].lower]) {
		k-- // "clear him of", "open it with" (instrument.go)
	}
	if a.stranded == "" && k == len(toks)-1 {
		k = e.verbBeforeObjectPhrase(toks, k) // "what did kucera call the purchase": call (determinedobject.go)
	}
	if a.stranded != "" {
		for j := k - 1; j >= 4 && j >= k-2; j-- {
			if determiners[toks[j].lower] || possessiveDeterminers[toks[j].lower] {
				k = j - 1 // "clear the barge of": the verb before its object
				break
			}
		}
	}
	if e.nounAsked(toks, k) || !e.lexicalVerbAsked(toks, k) {
		return objectAsk{}, false // "what did he try to do": "what" is the pro-verb's object (conativegiven.go)
	}
	for _, t := range q.terms {
		if t.lower == toks[k].lower {
			a.verb, a.at, a.base = t, k, e.baseVerb(t.lower)
			for _, b := range verbBases(e, t.lower) {
				if b != t.lower && e.canBe(b, "verb") {
					a.base = b // "carrying": carry
					break
				}
			}
			return a, true
		}
	}
	return objectAsk{}, false
}

// whatObjectShape reports whether toks open "what" and an auxiliary,
// with no passive participle after a form of "be": in "what was
// destroyed in march" "what" is the passive's subject, and no object is
// asked (Quirk et al. 1985, §3.63).
func (e *Engine) whatObjectShape(toks []token) bool {
	if len(toks) < 4 || toks[0].lower != "what" || !auxiliaries[toks[1].lower] {
		return false
	}
	return !beForms[toks[1].lower] || !e.verbParticiple(toks[2].lower)
}

// nounAsked reports whether word k of toks, where an asked verb would
// stand, is a noun: after a determiner or a possessive ("what is the
// find"), or after "be" when no participle ("what was the peak demand":
// after "be" a verb is a participle, of the passive, §3.63, or the
// progressive, §4.26, so the last word is the subject's noun).
func (e *Engine) nounAsked(toks []token, k int) bool {
	if k < 3 || determiners[toks[k-1].lower] || possessiveDeterminers[toks[k-1].lower] || toks[k-1].poss {
		return true
	}
	return beForms[toks[1].lower] && !e.verbParticiple(toks[k].lower) && !strings.HasSuffix(toks[k].lower, "ing")
}

// verbalAt reports whether token k of s stands as a verb with something
// after it, outside a quotation: not after a determiner or possessive
// (which make it a noun, Quirk et al., §5.10), not as an adverb made
// with -ly (§7.46), and followed within four words, inside its clause,
// by the stranded preposition when there is one.
func verbalAt(s *sentence, k int, a objectAsk) bool {
	tok := s.toks[k]
	if k+1 >= len(s.toks) || k < len(s.quoted) && s.quoted[k] {
		return false
	}
	if strings.HasSuffix(tok.lower, "ly") && !strings.HasSuffix(a.verb.lower, "ly") {
		return false
	}
	if k > 0 {
		p := s.toks[k-1]
		relative := (p.lower == "which" || p.lower == "that") && k > 1 && commaBetween(s, k-2, k-1) // "Harlow, which makes cereal": a relative pronoun, the verb's subject
		if determiners[p.lower] && !relative || possessiveDeterminers[p.lower] || p.poss {
			return false
		}
	}
	if a.stranded == "" {
		return true
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if punctuatedBetween(s.text, s.toks, j) {
			return false
		}
		if s.toks[j].lower == a.stranded {
			return true
		}
	}
	return false
}

// namesAskedAct reports whether token k of s is the asked verb, or a word
// whose WordNet synonyms or broader terms hold it: the article names the
// act by another word for it or by a kind of it.
func (e *Engine) namesAskedAct(s *sentence, k int, a objectAsk) bool {
	tok := s.toks[k]
	if a.verb.sameWord(tok) {
		return true
	}
	if lightVerbs[tok.lower] {
		return e.baseVerb(tok.lower) == a.base // "which makes cereal" of "make"; "taken to the hospital": a light verb means by its object, not as carry's synonym
	}
	if a.verb.matches(tok) {
		return true
	}
	if e.noLex || stopWords[tok.lower] || tok.cap && k > 0 || !e.canBe(tok.lower, "verb") {
		return false // "National Transportation Safety Board": a name, not an act
	}
	if e.kindOfAskedAct(tok.lower, a) {
		return true
	}
	for _, b := range verbBases(e, tok.lower) {
		if b == a.base {
			continue
		}
		for _, w := range slices.Concat(e.lex.Synonyms(b), e.lex.Neighbours(b)) {
			if w == a.base {
				return true
			}
		}
	}
	return false
}

// answersObject reports whether s uses the asked act as a verb where an
// object may follow it.
func (e *Engine) answersObject(s *sentence, a objectAsk) bool {
	return e.objectVerbAt(s, a) >= 0
}

// objectVerbAt is the index of the first token of s that names the asked
// act as a verb where an object may follow it; -1 when none does.
func (e *Engine) objectVerbAt(s *sentence, a objectAsk) int {
	for k := range s.toks {
		if e.namesAskedAct(s, k, a) && verbalAt(s, k, a) {
			return k
		}
	}
	return -1
}

// holdsRest reports whether s holds every entity and every other known
// term of the question, so that a sentence naming the act by another word
// still speaks of what was asked.
func (e *Engine) holdsRest(q *query, s *sentence, a objectAsk) bool {
	for _, x := range q.subjects {
		if !s.mentions(x) {
			return false
		}
	}
	for _, t := range q.terms {
		if t.lower != a.verb.lower && t.known && !lightVerbs[t.lower] && !s.hasTerm(t) {
			return false
		}
	}
	return true
}

// objectSentence returns, for an object what-question whose best
// sentence c does not use the asked act as a verb, the best-ranked
// sentence that does and holds the rest of the question; false when the
// question is not so shaped or no sentence does.
func (e *Engine) objectSentence(q *query, c candidate, keep func(*sentence) bool) (candidate, bool) {
	a, ok := e.askedObject(q)
	if !ok || e.answersObject(&e.r.sents[c.s], a) {
		return candidate{}, false
	}
	for _, d := range e.rank(q, keep) {
		s := &e.r.sents[d.s]
		if e.answersObject(s, a) && (e.holds(q, d) || e.holdsRest(q, s, a)) {
			return d, true
		}
	}
	return candidate{}, false
}

// subjectAfterAct reports whether s names the asked act as a verb but
// writes the question's subject, each time, only after it: English puts
// the subject before its verb (Quirk et al., §2.13), so there the word
// belongs to the object or an adjunct, and the act is another's ("Obama
// announced sanctions against Russia" says nothing the Russian president
// announced).
func (e *Engine) subjectAfterAct(q *query, s *sentence) bool {
	a, ok := e.askedObject(q)
	return ok && !strandedPassive(q, a) && e.objectVerbAt(s, a) >= 0 && e.subjectVerbAt(q, s, a) < 0
}

// strandedPassive reports whether q is a passive with a stranded
// preposition ("what were the labels soaked in"): its subject is the
// act's patient (Quirk et al. 1985, §3.63), which an active sentence
// writes after the verb ("soaked off the labels in tubs").
func strandedPassive(q *query, a objectAsk) bool {
	w := a.verb.lower
	return a.stranded != "" && beForms[q.toks[1].lower] && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || a.base != "" && a.base != w)
}

// subjectVerbAt is the index of the first token of s that names the
// asked act as a verb with no word of the question's subject only after
// it; -1 when none does.
func (e *Engine) subjectVerbAt(q *query, s *sentence, a objectAsk) int {
	for k := range s.toks {
		if e.namesAskedAct(s, k, a) && verbalAt(s, k, a) && !e.subjectAfter(q, s, a, k) {
			return k
		}
	}
	return -1
}

// subjectAfter reports whether a person the question's subject names, or
// a word of its subject, stands in s only after token k.
func (e *Engine) subjectAfter(q *query, s *sentence, a objectAsk, k int) bool {
	for _, x := range q.subjects {
		if contains(s.named, x) && !contains(s.refs, x) && e.position(s, x) > k {
			return true // "Flores admitted that … Sessions' colleagues": Sessions admitted nothing
		}
	}
	for i := 2; i < a.at; i++ {
		t, found := q.termOf(q.toks[i].lower)
		if !found || lightVerbs[t.lower] || q.nameToks[i] {
			continue
		}
		before, after := false, false
		for m, tok := range s.toks {
			if t.matches(tok) {
				before = before || m < k
				after = after || m > k
			}
		}
		if after && !before {
			return true
		}
	}
	return false
}

// reportedContent reports whether passage r may answer an object
// what-question with a verb of saying whose subject names no person ("what
// did the CNN report claim"): a document's claim is reported, not quoted,
// so no quotation answers it, and the sentence in which the document
// itself, before the verb, claims does.
func (e *Engine) reportedContent(q *query, r reply) bool {
	a, ok := e.askedObject(q)
	if !ok || len(r.used) == 0 || !e.speechAct(a.base) {
		return false
	}
	for _, x := range q.subjects {
		if e.a.Entities[x].Kind == knowledge.Person {
			return false
		}
	}
	return e.subjectVerbAt(q, r.used[0], a) >= 0
}

// speechAct reports whether verb base names saying: a verb of saying, or
// one whose WordNet broader term is one ("claim", "assert").
func (e *Engine) speechAct(base string) bool {
	if speechBases[base] {
		return true
	}
	return !e.noLex && slices.ContainsFunc(e.lex.Neighbours(base), func(n string) bool { return speechBases[n] })
}
