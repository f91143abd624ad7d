package lookup

import (
	"fmt"
	"slices"
	"strings"
)

// "A high school science teacher and father of three": a relational noun
// of parenthood with "of" and a bare numeral counts the person's children,
// the head "children" left out by ellipsis (Quirk et al. 1985, §5.27 on
// the numeral as the head of an elliptic noun phrase; AP obituary and
// profile style, "father of three", "mother of two"). "How many kids did
// he have" is answered by that numeral.

// parentOfRe is a relational noun of parenthood, "of" and a numeral in
// words or figures.
var parentOfRe = lazyRE(`(?i)\b(father|mother|parent|dad|mom|grandfather|grandmother|grandparent)\s+of\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`)

// childrenCount answers "how many children/kids" of one person from a
// "father of N" said of them.
func (e *Engine) childrenCount(q *query) (reply, bool) {
	if q.typ != tCount || len(q.focus) != 1 || e.noLex || len(q.subjects) > 1 || !e.childNoun(q.focus[0], q) {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		m := parentOfRe.FindStringSubmatchIndex(s.text)
		if m == nil {
			continue
		}
		if len(q.subjects) == 1 && e.ownerBefore(s, m[0]) != q.subjects[0] {
			continue
		}
		rel := strings.ToLower(s.text[m[2]:m[3]])
		kids := "children"
		if strings.HasPrefix(rel, "grand") {
			kids = "grandchildren"
		}
		return reply{found: true, head: fmt.Sprintf("%s %s (%q).", capitalise(s.text[m[4]:m[5]]), kids, s.text[m[2]:m[5]]), used: []*sentence{s}}, true
	}
	return reply{}, false
}

// childNoun reports whether the counted noun, asked by the stem given,
// is a word for a child as offspring ("kids", "children", "sons",
// "daughters"): WordNet files it under "offspring" or "child".
func (e *Engine) childNoun(stem string, q *query) bool {
	for _, t := range q.toks {
		if stemOf(t.lower) != stem && t.stem != stem {
			continue
		}
		w := singular(t.lower)
		return e.lex.KindOf(w, "offspring") || e.lex.KindOf(w, "child") || slices.Contains(e.lex.Synonyms(w), "child")
	}
	return false
}
