package lookup

import (
	"strings"
)

// The source a place only postmodifies (part of stage 4, places): "where
// did the bottles come from" asks the object of "from", the source of the
// coming (Quirk et al. 1985, §9.15 on "from" of source, §9.6 on the
// stranded preposition). News writing often names that source by a common
// noun with its place after it as a postmodifier ("came from 38
// restaurants in the South Sound"; §17.37 on prepositional
// postmodifiers), so the named place alone ("in the South Sound") is where
// the source is, not the source. When no place of a sentence follows
// "from" itself, a place right after a short noun phrase that does is
// read with that phrase: "from 38 restaurants in the South Sound".

// sourceHeadRe is "from" and a short noun phrase of lower-case words or
// numerals at the end of the text before a place.
var sourceHeadRe = lazyRE(`\bfrom\s+((?:[\d$][\d,.]*|[a-z][\w'’-]*)(?:\s+(?:[\d$][\d,.]*|[a-z][\w'’-]*)){0,3})\s+$`)

// sourceHeaded returns, for each place span of text that postmodifies the
// noun phrase of a "from" before it, the span widened to open at "from",
// its text opening at the noun phrase; nil when none does.
func sourceHeaded(text string, spans [][]int) [][]int {
	var out [][]int
	for _, sp := range spans {
		m := sourceHeadRe.FindStringSubmatchIndex(text[:sp[0]])
		if m == nil || !sourceNounPhrase(text[m[2]:m[3]]) {
			continue
		}
		out = append(out, []int{m[0], sp[1], m[2], sp[3]})
	}
	return out
}

// sourceNounPhrase reports whether the words of phrase are those of a
// noun phrase: no function word but a determiner or a quantifier opening
// it ("38 restaurants", "a supplier", "several farms").
func sourceNounPhrase(phrase string) bool {
	ws := strings.Fields(phrase)
	for i, w := range ws {
		if stopWords[w] && !(i == 0 && (determiners[w] || possessiveDeterminers[w])) {
			return false
		}
	}
	return len(ws) > 0
}

// sourceObject answers "where did X VERB from" about a thing, when no
// sentence gives a named place, by the object of "from" after the
// question's verb in the best sentence holding the question ("came from
// carriers in six counties"): the stranded "from" asks that object (Quirk
// et al. 1985, §9.6, §9.15), which a dateline does not answer.
func (e *Engine) sourceObject(q *query) (reply, bool) {
	n := len(q.toks)
	if e.lex == nil || n < 5 || q.toks[0].lower != "where" || q.toks[n-1].lower != "from" || e.hasPersonOf(q.subjects, 0) {
		return reply{}, false
	}
	verb := e.verbBase(q.toks[n-2].lower)
	if copulas[q.toks[n-2].lower] || !e.canBe(q.toks[n-2].lower, "verb") {
		return reply{}, false
	}
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		for k, t := range s.toks {
			if t.cap || quotedAt(s, k) || e.verbBase(t.lower) != verb {
				continue
			}
			for m := k + 1; m+1 < len(s.toks) && m <= k+3 && !punctuatedBetween(s.text, s.toks, m); m++ {
				if s.toks[m].lower == "from" && e.opensObject(s, m+1) {
					if np := e.instrumentPhrase(s, m+1); np != "" {
						return reply{found: true, head: "From " + np + e.placePostmodifier(s, m+1, np) + ".", used: []*sentence{s}}, true
					}
				}
			}
		}
	}
	return reply{}, false
}

// placePostmodifier is the named place that postmodifies the noun phrase
// np opening at token j of s ("12 farms" + " in Yakima County"), as the
// article writes it with its leading space; "" when none follows.
func (e *Engine) placePostmodifier(s *sentence, j int, np string) string {
	from := s.toks[j].start + len(np)
	for _, sp := range placeSpans(s.text) {
		if sp[0] == from+1 && !strings.HasPrefix(strings.ToLower(s.text[sp[0]:]), "from") {
			return strings.TrimRight(s.text[from:sp[1]], ",")
		}
	}
	return ""
}
