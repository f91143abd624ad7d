package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// A figure in a relative clause about another name (part of stage 4,
// quantities): a non-restrictive relative clause adds what is told of its
// antecedent (Quirk et al. 1985, §17.22), so in "the largest since the
// 2012 Pole Creek Fire, which burned more than 26,000 acres" the acres
// are the Pole Creek Fire's. Asked of something else ("how big is the
// fire", of the story's own fire), that figure does not answer.

// othersRelative reports whether number n of s stands in a relative
// clause opened by ", which" or ", who" whose antecedent is a capitalised
// name a comparison is measured against, or an entity other than the one
// the question asks about ("Kroner, which has 410 stores" is no count of
// Hartwell's), which the question does not use.
func (e *Engine) othersRelative(q *query, s *sentence, n quantity) bool {
	gap := func(k int) string { return s.text[s.toks[k-1].end:s.toks[k].start] } // the text before token k
	for k := n.tok; k >= 1; k-- {
		if k < n.tok && strings.ContainsAny(gap(k+1), ",;") {
			return false // the number's own clause begins after a comma
		}
		if w := s.toks[k].lower; k == n.tok || w != "which" && w != "who" {
			continue
		}
		if !strings.Contains(gap(k), ",") {
			return false // a restrictive clause: it picks out which one is meant
		}
		return s.toks[k-1].cap && (comparedRun(s, k-1) || e.otherSubjectRun(q, s, k-1)) && !e.namesRunBefore(q, s, k-1)
	}
	return false
}

// otherSubjectRun reports whether the question names a subject and the
// name ending at token end of s is another person's or organisation's. A
// place is left out: a state set off after its town ("its plant in
// Tilbury, Ohio, which employs 600") is part of the town's name, and the
// clause is the town's (AP Stylebook, "datelines" and "state names").
func (e *Engine) otherSubjectRun(q *query, s *sentence, end int) bool {
	if len(q.subjects) == 0 {
		return false
	}
	x := e.entityEndingAt(s, end)
	return x >= 0 && !contains(q.subjects, x) && e.a.Entities[x].Kind != knowledge.Place
}

// comparedRun reports whether the capitalised name ending at token end
// is the standard of a comparison: the object of "since" or "than", with
// only a determiner or a year between ("the largest since the 2012 Pole
// Creek Fire", "bigger than the Camp Fire"; Quirk et al. §15.63). A name
// in another phrase may be the complement of a noun the relative clause
// is about ("its plant in Tilbury, Ohio, which employs 600").
func comparedRun(s *sentence, end int) bool {
	k := end
	for k > 0 && (s.toks[k].cap || s.toks[k].lower == "of") {
		k--
	}
	for k > 0 && (determiners[s.toks[k].lower] || isNumeric(s.toks[k])) {
		k--
	}
	return s.toks[k].lower == "since" || s.toks[k].lower == "than"
}

// namesRunBefore reports whether the question names the capitalised name
// ending at token end ("Lake Superior Museum of Art", an "of" inside it):
// by a word of it other than its head noun, or by the head when the lead
// does not tell of a thing of that kind of its own ("the museum"; but "the
// fire" of "Pole Creek Fire" is the story's wildfire).
func (e *Engine) namesRunBefore(q *query, s *sentence, end int) bool {
	gap := func(k int) string { return s.text[s.toks[k-1].end:s.toks[k].start] }
	start, head := end, end
	for start > 0 && !strings.ContainsAny(gap(start), ",;") {
		if p := s.toks[start-1]; p.cap {
			start--
		} else if p.lower == "of" && start > 1 && s.toks[start-2].cap {
			start, head = start-2, start-2
		} else {
			break
		}
	}
	asked := func(k int) bool {
		return slices.ContainsFunc(q.toks, func(t token) bool { return t.lower == s.toks[k].lower })
	}
	for k := start; k <= end; k++ {
		if k != head && s.toks[k].cap && asked(k) {
			return true
		}
	}
	return asked(head) && !e.leadTells(s.toks[head].lower)
}

// leadTells reports whether the headline or the lead names the story's
// own thing by common noun w or a kind of it ("A wildfire burned …" for
// "fire"): "the fire" of a question is then the story's, the lead being
// what the story is about (AP Stylebook, "lead").
func (e *Engine) leadTells(w string) bool {
	base := singular(w)
	for _, s := range []*sentence{e.part("title"), e.leadSentence()} {
		if s == nil {
			continue
		}
		for _, t := range s.toks {
			if !t.cap && (singular(t.lower) == base || !e.noLex && e.lex.KindOf(singular(t.lower), base)) {
				return true
			}
		}
	}
	return false
}
