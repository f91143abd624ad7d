package lookup

import "slices"

// A figure given as the norm (part of stage 4). News writing sets a
// case's figure beside what is usual for its kind, "carried the calf for
// 467 days, close to the typical pregnancy of about 15 months": the norm
// is the measure the case is compared with, not the case's own, and it
// answers only a question that asks the norm ("how long is a typical
// pregnancy").

// normWords are the adjectives and nouns that present a figure as the
// norm of a kind rather than a case of it: WordNet's {typical},
// {usual}, {normal}, {average, mean}, {median}.
var normWords = set("typical", "typically", "usual", "usually", "normal", "normally", "average", "mean", "median")

// normWeight weighs a number presented as a norm: one whose phrase holds
// a norm word a few words before it, in its clause ("the typical
// pregnancy of about 15 months", "an average of 12"). Set beside a
// figure of the same measure that is no norm ("467 days"), it is the
// yardstick of that case's figure and loses to it, unless the question
// asks the norm; alone in its sentence it may be all the article gives.
func normWeight(q *query, s *sentence, n quantity) float64 {
	for _, t := range q.toks {
		if normWords[t.lower] {
			return 0
		}
	}
	if !isNorm(s, n) {
		return 0
	}
	for _, m := range s.nums {
		if m.tok != n.tok && m.kind == n.kind && sameMeasure(m, n) && !isNorm(s, m) {
			return -2
		}
	}
	return 0
}

// isNorm reports whether a norm word stands a few words before n in its
// clause.
func isNorm(s *sentence, n quantity) bool {
	for k := n.tok - 1; k >= 0 && k >= n.tok-5; k-- {
		if punctuatedBetween(s.text, s.toks, k+1) {
			break
		}
		if normWords[s.toks[k].lower] {
			return true
		}
	}
	return false
}

// sameMeasure reports whether two numbers count the same noun or measure
// the same dimension ("467 days", "15 months": both time).
func sameMeasure(a, b quantity) bool {
	return a.unit == b.unit || measureOf(a.unit) != "" && measureOf(a.unit) == measureOf(b.unit)
}

// namesHeld reports whether s holds every name that q puts before a
// noun to say which one it means ("at the Saltillo plant"): a proper
// noun as premodifier restricts the head (Quirk et al., ch. 17,
// premodification by proper nouns), so a sentence without the name is
// about another plant, however well it counts the noun asked. A name
// is a word the article writes only capitalised.
func (e *Engine) namesHeld(q *query, s *sentence) bool {
	for i := 1; i+1 < len(q.toks); i++ {
		w, next := q.toks[i], q.toks[i+1]
		if q.toks[i-1].lower != "the" || stopWords[next.lower] || e.noLex || !slices.Contains(e.lex.PartsOfSpeech(next.lower), "noun") {
			continue
		}
		if e.onlyAsName(w.lower) && !slices.ContainsFunc(s.toks, func(t token) bool { return t.lower == w.lower }) {
			return false
		}
	}
	return true
}

// onlyAsName reports whether the article writes w, wherever it stands
// after a sentence's first word, capitalised, and does so at least once.
func (e *Engine) onlyAsName(w string) bool {
	seen := false
	for i := range e.r.sents {
		for k, t := range e.r.sents[i].toks {
			if k == 0 || t.lower != w {
				continue
			}
			if !t.cap {
				return false
			}
			seen = true
		}
	}
	return seen
}
