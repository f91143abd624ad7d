package lookup

import (
	"regexp"
	"strings"
)

// Alternative questions ("did the stock go up or down?"): a yes/no
// question whose last words offer two alternatives asks which of them
// holds, and is answered with the one the article states (Quirk et al.,
// §11.20, alternative questions).

// alternativeRe is an alternative question's closing "A or B", each one
// word: "go up or down", "win or lose".
var alternativeRe = regexp.MustCompile(`(?i)^(.*?)\b([a-z][\w'-]*)\s+or\s+([a-z][\w'-]*)\s*[?!.]*\s*$`)

// altEvidence is where the article states one alternative.
type altEvidence struct {
	s *sentence
}

// alternative answers an alternative question with the alternative the
// article states of the subject: each is sought on its own, in a sentence
// where the entity named nearest before the alternative's word is the
// subject; when both or neither are stated, it gives no answer.
func (e *Engine) alternative(q *query) (reply, bool) {
	m := alternativeRe.FindStringSubmatch(strings.TrimSpace(q.raw))
	if m == nil || len(q.subjects) == 0 || !contentOrParticle(m[2]) || !contentOrParticle(m[3]) {
		return reply{}, false
	}
	var found []altEvidence
	var names []string
	for _, opt := range m[2:4] {
		ev, ok := e.altStated(q, m[1]+opt, strings.ToLower(opt))
		if ok {
			found = append(found, ev)
			names = append(names, opt)
		}
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
func (e *Engine) altStated(q *query, text, opt string) (altEvidence, bool) {
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
			if (optTerm.matches(tok) || optTerm.phraseAt(s.toks, k)) && e.subjectBefore(s, k, q.subjects) {
				return altEvidence{s: s}, true
			}
		}
	}
	return altEvidence{}, false
}

// subjectBefore reports whether the entity named nearest before token k
// of s is one of xs, or, with none named before it, whether a pronoun
// refers to one: a declarative sentence puts the subject before its verb
// ("Prairie Mills shares jumped 21%, while Halvorsen shares fell 4.3%").
func (e *Engine) subjectBefore(s *sentence, k int, xs []int) bool {
	owner, at := -1, -1
	for _, x := range s.named {
		if p := e.lastPosition(s, x, k); p > at {
			owner, at = x, p
		}
	}
	if owner < 0 {
		for _, x := range xs {
			if contains(s.refs, x) {
				return true
			}
		}
		return false
	}
	return contains(xs, owner)
}

// contentOrParticle reports whether an alternative is a content word or a
// verb's particle ("up", "down"), not a function word ("him or her").
func contentOrParticle(w string) bool {
	w = strings.ToLower(w)
	return particles[w] || !stopWords[w] && !chatWords[w]
}
