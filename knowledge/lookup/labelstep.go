package lookup

import (
	"fmt"
	"strconv"
	"strings"
)

// Numbered steps of a scale (part of stage 4, yes/no): news names the
// step a thing reached by a capitalised label and a number ("a Category 4
// storm", "Level 3 alert", "Stage 2 drought"), a proper noun with a
// numeral postmodifier (Quirk et al., §5.70 on "Chapter 3", "Gate 9"),
// and the steps of an intensity scale are numbered upward. "Was it ever
// stronger than a Category 3" asks whether the article gives the thing a
// step above 3 at any time ("ever": at any time, Quirk et al. §8.74): a
// sentence that names the thing with a higher step answers Yes. Chat
// clips the label at the back ("cat 3" for Category 3; Bauer, "English
// Word-formation", 1983, §9.2).

// stepComparedRe is "ever <comparative> than (a) <label> <number>".
var stepComparedRe = lazyRE(`\bever\s+(stronger|weaker|higher|lower|greater|more\s+(?:severe|powerful|intense)|less\s+(?:severe|powerful|intense))\s+than\s+(?:a\s+|an\s+|the\s+)?([a-z]+)\.?\s*(\d{1,2})\b`)

// stepCompared answers "was X ever stronger than a Category 3" from a
// sentence that names X with a higher step of that label.
func (e *Engine) stepCompared(q *query) (reply, bool) {
	m := stepComparedRe.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil || len(q.subjects) == 0 || q.negated {
		return reply{}, false
	}
	up := !strings.HasPrefix(m[1], "weaker") && !strings.HasPrefix(m[1], "lower") && !strings.HasPrefix(m[1], "less")
	asked, _ := strconv.Atoi(m[3])
	x := q.subjects[0]
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !contains(s.named, x) && !contains(s.refs, x) {
			continue
		}
		for k := 0; k+1 < len(s.toks); k++ {
			label := s.toks[k]
			if !label.cap || !labelClipped(m[2], label.lower) {
				continue
			}
			n, err := strconv.Atoi(s.toks[k+1].text)
			if err != nil || n == asked || n > asked != up {
				continue
			}
			head := fmt.Sprintf("Yes — the article gives %s %d.", label.text, n)
			return reply{found: true, head: head, used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// labelClipped reports whether the question's w is the article's label
// or a back-clipping of it of three letters or more ("cat": category).
func labelClipped(w, label string) bool {
	return w == label || len(w) >= 3 && strings.HasPrefix(label, w)
}
