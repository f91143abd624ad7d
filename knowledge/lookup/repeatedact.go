package lookup

import (
	"strings"

	"storybot/knowledge"
)

// The act retold with the doer's name (part of stage 1, reading). A story
// that first gives the doer of an act by description ("was rescued after
// a volunteer searcher found him", "after a worker found a crack") names
// the doer when the body retells the act (Brooks et al., "News Reporting
// and Writing", on the delayed identification; AP Stylebook, "identify"):
// "Volunteer Lena Ortiz, 41, spotted Halvorsen", "Head miller Owen Pratt
// spotted the crack". The retelling repeats the verb, or a WordNet synonym
// or hypernym of it, and the object (Halliday & Hasan 1976, "Cohesion in
// English", ch. 6: lexical cohesion by repetition and by synonymy), so the
// person named as its subject is the one the description stands for. The
// description is tied only when the article retells the act with one
// named subject and no other.

// resolveRepeatedAct ties each indefinite description of a person that is
// the subject of a verb to the one person a later sentence names as the
// subject of the same act on the same object.
func (e *Engine) resolveRepeatedAct() {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		for _, d := range e.indefinitePersons(s) {
			head := d[1]
			if !ageHeadNoun(s, head) {
				head = e.compoundHead(s, head)
			}
			if _, done := e.descRefs[[2]int{i, head}]; done {
				continue
			}
			x := e.retoldDoerOf(i, head)
			if x < 0 || e.ageDisagrees(s, d[0]+1, head, x) {
				continue
			}
			s.refs = append(s.refs, x)
			for k := d[0] + 1; k <= head; k++ {
				e.noteDescription(i, k, x)
			}
		}
	}
}

// retoldDoerOf is the person a later sentence names as doing the act that
// the description of a person whose head is token head of sentence i does
// ("a volunteer searcher found him"), or -1 when the description is no
// subject of a verb or the act is not retold with one named doer.
func (e *Engine) retoldDoerOf(i, head int) int {
	s := &e.r.sents[i]
	v := head + 1
	if v >= len(s.toks) || punctuatedBetween(s.text, s.toks, v) || !e.actVerb(s.toks[v]) {
		return -1
	}
	return e.retoldDoer(i, s.toks[v], actObject(s, v))
}

// actVerb reports whether t is a lexical verb in the past ("found",
// "spotted"): not an auxiliary or copula, whose subject need not be the doer.
func (e *Engine) actVerb(t token) bool {
	if t.cap || stopWords[t.lower] || beForms[t.lower] || !e.verbForm(t.lower) {
		return false
	}
	return strings.HasSuffix(t.lower, "ed") || !e.noLex && e.lex.Lemma(t.lower) != ""
}

// actObject is the object after verb v of s: "" for a personal pronoun
// ("him"), else the stem of the first word after any determiner or
// possessive ("a crack" → crack); "-" when there is none.
func actObject(s *sentence, v int) string {
	for k := v + 1; k < len(s.toks) && k <= v+3; k++ {
		t := s.toks[k]
		if punctuatedBetween(s.text, s.toks, k) {
			return "-"
		}
		switch {
		case t.lower == "him" || t.lower == "them" || t.lower == "her" && (k+1 == len(s.toks) || stopWords[s.toks[k+1].lower] || punctuatedBetween(s.text, s.toks, k+1)):
			return ""
		case determiners[t.lower] || t.lower == "his" || t.lower == "her" || t.lower == "its" || t.lower == "their":
			continue
		}
		return t.stem
	}
	return "-"
}

// retoldDoer is the one person the sentences after i name as the subject
// of a verb of the same act as verb (same base, WordNet synonym, hypernym
// or hyponym) on the same object: the same noun, or a named person when
// the first telling's object is a pronoun; -1 when none does or more than
// one person does.
func (e *Engine) retoldDoer(i int, verb token, obj string) int {
	if obj == "-" {
		return -1
	}
	found := -1
	for j := i + 1; j < len(e.r.sents); j++ {
		s := &e.r.sents[j]
		for m := 1; m+1 < len(s.toks); m++ {
			x := e.subjectNameBefore(s, m) // first: a name right before the verb is rare, and sameAct consults WordNet
			if x < 0 || !e.sameAct(verb, s.toks[m]) || !e.sameObject(s, m, obj, x) {
				continue
			}
			if found >= 0 && found != x {
				return -1
			}
			found = x
		}
	}
	return found
}

// sameAct reports whether t tells the act of verb: the same base form, a
// synonym, a kind or manner of it or it of t (WordNet's Narrower), or a
// sister act, when a sense of the one and a sense of the other sit right
// below the same verb ("found" as "noticed" and "spotted", both manners
// of "sight": Halliday & Hasan 1976, §6.4, co-hyponymy as a cohesive tie;
// Fellbaum 1998, "WordNet", ch. 3 on troponymy).
func (e *Engine) sameAct(verb, t token) bool {
	if t.cap || stopWords[t.lower] || beForms[t.lower] {
		return false
	}
	a, b := e.baseVerb(verb.lower), e.baseVerb(t.lower)
	if a == b || verb.stem == t.stem {
		return true
	}
	if e.noLex || !e.verbForm(t.lower) {
		return false
	}
	as, bs := append([]string{a}, e.lex.Synonyms(a)...), append([]string{b}, e.lex.Synonyms(b)...)
	if containsStr(as, b) || containsStr(bs, a) || e.lex.Narrower(a, b) || e.lex.Narrower(b, a) {
		return true
	}
	bl, ok := e.lex.(broaderLexicon)
	if !ok {
		return false
	}
	up := map[string]bool{}
	for _, w := range as {
		for _, h := range bl.BroaderAs(w, "verb", 1) {
			up[h] = true
		}
	}
	for _, w := range bs {
		for _, h := range bl.BroaderAs(w, "verb", 1) {
			if up[h] {
				return true
			}
		}
	}
	return false
}

// sameObject reports whether the object after verb m of s repeats obj:
// the same stem, or, for a pronoun, a person named other than the doer x.
func (e *Engine) sameObject(s *sentence, m int, obj string, x int) bool {
	if obj != "" {
		return actObject(s, m) == obj
	}
	if m+1 >= len(s.toks) || !s.toks[m+1].cap {
		return false
	}
	for _, y := range s.named {
		if y != x && e.a.Entities[y].Kind == knowledge.Person && e.formAt(s, y, m+1) > 0 {
			return true
		}
	}
	return false
}

// subjectNameBefore is the person whose name ends right before token m of
// s, with at most an age set off by commas between ("Lena Ortiz, 41,
// spotted"), when the name opens the sentence after at most a role word
// ("Volunteer Lena Ortiz"); -1 otherwise.
func (e *Engine) subjectNameBefore(s *sentence, m int) int {
	for _, x := range s.named {
		if e.a.Entities[x].Kind != knowledge.Person {
			continue
		}
		for _, sp := range e.nameSpans(s, x) {
			if sp[1] > s.toks[m].start || strings.Trim(s.text[sp[1]:s.toks[m].start], " ,0123456789") != "" {
				continue
			}
			if len(strings.Fields(s.text[:sp[0]])) <= 2 {
				return x
			}
		}
	}
	return -1
}
