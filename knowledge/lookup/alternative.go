package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Alternative questions ("did the stock go up or down?"): a yes/no
// question whose last words offer two alternatives asks which of them
// holds, and is answered with the one the article states (Quirk et al.,
// §11.20, alternative questions).

// alternativeRe is an alternative question's closing "A or B", each one
// word: "go up or down", "win or lose"; the second may repeat the first's
// article, as coordinated noun phrases do ("the lump sum or the annuity",
// "a boy or a girl"; Quirk et al. 1985, §13.61 on coordination of noun
// phrases).
// and with it one premodifier ("the lump sum or the annuity").
var alternativeRe = lazyRE(`(?i)^(.*?)\b([a-z][\w'-]*)\s+or\s+(?:(?:the|a|an)\s+([a-z][\w'-]*\s+)?)?([a-z][\w'-]*)\s*[?!.]*\s*$`)

// altEvidence is where the article states one alternative.
type altEvidence struct {
	s *sentence
}

// alternative answers an alternative question with the alternative the
// article states of the subject: each is sought on its own, in a sentence
// where the entity named nearest before the alternative's word is the
// subject; when both or neither are stated, it gives no answer.
func (e *Engine) alternative(q *query) (reply, bool) {
	q = e.alternativeSubjects(q) // "did he …": the story's person (pronounalternative.go)
	m := alternativeRe.FindStringSubmatch(strings.TrimSpace(q.raw))
	if m == nil {
		return reply{}, false
	}
	base, alts := alternativesOf(m)
	words := append(strings.Fields(alts[0].pre), alts[0].head, alts[1].head)
	words = append(words, strings.Fields(alts[1].pre)...)
	if len(q.subjects) == 0 && len(nounSubject(q, words)) == 0 || !contentOrParticle(alts[0].head) || !contentOrParticle(alts[1].head) {
		return reply{}, false
	}
	var found []altEvidence
	var names []string
	for _, a := range alts {
		ev, ok := e.altStated(q, base+a.pre+a.head, strings.ToLower(a.head), nounSubject(q, words))
		if ok {
			found = append(found, ev)
			names = append(names, a.pre+a.head)
		}
	}
	if len(found) == 2 {
		found, names = leadFirst(found, names) // the lead's news over a later detail
	}
	if len(found) != 1 {
		// neither stated of the subject, or both: "yes" would answer nothing
		if c, ok := e.best(q, nil); ok {
			return reply{found: true, head: "The article doesn't say which. It says:", used: []*sentence{&e.r.sents[c.s]}}, true
		}
		return e.notSaid(q), true
	}
	return reply{found: true, head: capitalise(strings.ToLower(names[0])) + " —", used: []*sentence{found[0].s}}, true
}

// altStated finds the best sentence that names the question's entities
// and states the alternative of the subject (the question read with that
// alternative alone).
func (e *Engine) altStated(q *query, text, opt string, subj []term) (altEvidence, bool) {
	sub := e.understand(text, nil)
	sub.subjects = q.subjects
	var optTerm *term
	for i := range sub.terms {
		if w := strings.Fields(sub.terms[i].lower); len(w) > 0 && w[len(w)-1] == opt {
			optTerm = &sub.terms[i]
		}
	}
	if optTerm == nil || !optTerm.known {
		return altEvidence{}, false
	}
	for _, c := range e.rank(sub, nil) {
		if c.subjects < len(sub.subjects) {
			continue
		}
		s := &e.r.sents[c.s]
		for k, tok := range s.toks {
			if exclusionBefore(s, k) {
				continue // "the lump sum rather than the annuity" states the annuity set aside (excludedalternative.go)
			}
			if (optTerm.matches(tok) || optTerm.phraseAt(s.toks, k)) && e.altSubjectBefore(q, s, k, subj) {
				return altEvidence{s: s}, true
			}
		}
	}
	return altEvidence{}, false
}

// subjectBefore reports whether the subject of the clause holding token k
// of s is one of xs: the first actor the clause names before k (a person
// or organisation, not a place, which sets the scene), or a subject
// pronoun when the sentence refers to one of xs by pronoun. A clause with
// no subject of its own shares the one before it ("he spoke … and did not
// disclose"). English puts the subject before its verb ("Prairie Mills
// shares jumped 21%, while Halvorsen shares fell 4.3%").
func (e *Engine) subjectBefore(s *sentence, k int, xs []int) bool {
	_, own := e.clauseSubject(s, k, xs)
	return own
}

// clauseSubject finds the subject of the clause holding token k: whether
// one was found before k, and whether it is one of xs.
func (e *Engine) clauseSubject(s *sentence, k int, xs []int) (found, own bool) {
	referred := false
	for _, x := range xs {
		referred = referred || contains(s.refs, x)
	}
	for k >= 0 {
		start := clauseStart(s, k)
		for i := start; i < k; i++ {
			if x := e.actorAt(s, i, xs); x >= 0 {
				if y := e.headedActor(s, i, x, k, xs); y >= 0 {
					x = y // "Wild defenseman Jared Spurgeon": the team premodifies the player's title
				}
				return true, contains(xs, x)
			}
			if subjectPronouns[s.toks[i].lower] {
				return true, referred || e.pronounOf(s, i, xs)
			}
		}
		k = start - 1
	}
	return false, referred
}

// pronounOf reports whether the subject pronoun at token i of s stands
// for one of xs: "I" and "we" in a quotation for its speaker, "he" or
// "she" for a person of that gender named before it in the sentence
// ("Flores admitted that she did not know").
func (e *Engine) pronounOf(s *sentence, i int, xs []int) bool {
	p := s.toks[i].lower
	if (p == "i" || p == "we") && s.quoted[i] {
		return contains(xs, s.speaker)
	}
	g := map[string]byte{"he": 'm', "she": 'f'}[p]
	for _, x := range xs {
		ent := e.r.ents[x]
		if g != 0 && ent.kind == knowledge.Person && ent.gender == g && e.lastPosition(s, x, i) >= 0 {
			return true
		}
	}
	return false
}

// actorAt is the person or organisation (or one of xs) whose name starts
// at token i of s, or -1.
func (e *Engine) actorAt(s *sentence, i int, xs []int) int {
	for _, x := range s.named {
		if e.a.Entities[x].Kind == knowledge.Place && !contains(xs, x) {
			continue
		}
		for _, f := range e.r.ents[x].forms {
			if matchForm(s.toks, i, f) {
				return x
			}
		}
	}
	return -1
}

// headedActor is the actor whose name heads the noun phrase that actor
// x, named at token i, premodifies: a name followed by up to three
// lower-case words of a title and then another actor's name, before k
// and with no punctuation between ("Wild defenseman Jared Spurgeon",
// "Harvard professor Lena Ortiz"): a proper noun premodifies a noun
// phrase as any noun does (Quirk et al. 1985, §17.108), and the phrase's
// head is its last name, the subject. -1 when x heads its own phrase.
func (e *Engine) headedActor(s *sentence, i, x, k int, xs []int) int {
	named := i + e.formAt(s, x, i)
	j := named
	for n := 0; j < k && n < 3 && !s.toks[j].cap && !punctuatedBetween(s.text, s.toks, j) && !stopWords[s.toks[j].lower] && !prepositions[s.toks[j].lower] && !e.pastForm(s.toks[j].lower); n++ {
		j++
	}
	if j == named || j >= k || punctuatedBetween(s.text, s.toks, j) {
		return -1
	}
	if y := e.actorAt(s, j, xs); y >= 0 && y != x && e.r.ents[y].kind == knowledge.Person {
		return y
	}
	return -1
}

// clauseStart is the first token of the clause holding token k: after the
// nearest conjunction or complementiser before it, or after a dash,
// semicolon or colon (Quirk et al., §13–14 on coordination and
// subordination).
func clauseStart(s *sentence, k int) int {
	for j := k; j > 0; j-- {
		if clauseJoints[s.toks[j-1].lower] && !betweenAnd(s, j-1) {
			return j // the "and" of "between X and Y" joins no clauses (betweenand.go)
		}
		if strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], "—–;:") {
			return j
		}
	}
	return 0
}

// clauseJoints open a new clause: coordinating and common subordinating
// conjunctions and the complementisers (Quirk et al., §13.1, §14.11).
var clauseJoints = set("and", "but", "while", "whereas", "that", "whether", "because",
	"although", "though", "after", "before", "when", "if", "since", "or")

// subjectPronouns are the personal pronouns in the subjective case (Quirk
// et al., §6.3).
var subjectPronouns = set("he", "she", "they", "we", "i", "you")

// contentOrParticle reports whether an alternative is a content word or a
// verb's particle ("up", "down"), not a function word ("him or her").
func contentOrParticle(w string) bool {
	w = strings.ToLower(w)
	return particles[w] || !stopWords[w] && !chatWords[w]
}
