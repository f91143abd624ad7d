package lookup

import "strings"

// The time of the asked verb's own clause (part of stage 4). A sentence
// may hold two times of two acts: "would close two of its 14 plants next
// year …, most of them at a plant in Dubuque, Iowa, that opened in 1978".
// A time adjunct modifies the verb of the clause it stands in (Quirk et
// al., §8.51-8.55 on time adjuncts; ch. 17 on the relative clause as a
// clause of its own), so "when did the Dubuque plant open" is answered
// by the time right after "opened", not by the time nearest some other
// word of the question ("plants next year").

// verbTime is the time phrase among spans that follows the
// when-question's own verb in s, used as a verb, within its clause: no
// comma or semicolon and at most four words between ("opened in 1978",
// "was arrested at his home Tuesday"), or only a chain of manner and
// place phrases (adjunctChain). ok is false when the question has
// no such verb or no time so follows it.
func (e *Engine) verbTime(q *query, s *sentence, spans [][]int) (string, bool) {
	v, ok := e.askedWhenVerb(q)
	if !ok {
		return "", false
	}
	for k, tok := range s.toks {
		if !v.matches(tok) || !usesAsVerb(s, []int{k}, v) || passiveWhen(q) && !e.participle(tok.lower) {
			continue
		}
		best := -1
		for i, sp := range spans {
			if sp[0] < tok.end || best >= 0 && sp[0] >= spans[best][0] {
				continue
			}
			gap := s.text[tok.end:sp[0]]
			if (strings.ContainsAny(gap, ",;:—") || len(strings.Fields(gap)) > 4) && !e.adjunctChain(s, tok.end, sp[0]) {
				continue
			}
			best = i
		}
		if best >= 0 {
			return strings.TrimRight(s.text[spans[best][0]:spans[best][3]], ","), true
		}
	}
	return "", false
}
