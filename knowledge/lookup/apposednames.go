package lookup

import (
	"strings"

	"storybot/knowledge"
)

// apposedNames reports whether the noun at token i of s is followed, after
// a comma, by the name of a person or an organisation: a nonrestrictive
// appositive that names the noun phrase's referents ("Two trustees, Robert
// Hale and Susan Marsh, voted against") identifies them, as apposition
// gives the same referent twice (Quirk et al., §17.65-17.72), so the
// numbered or indefinite noun before it is no unidentified mention.
func (e *Engine) apposedNames(s *sentence, i int) bool {
	if i+1 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[i].end:s.toks[i+1].start]) != "," {
		return false
	}
	return s.toks[i+1].cap && e.entityFormAt(s, i+1) >= 0
}

// entityFormAt is the person or organisation whose name starts at token
// k of s, or -1.
func (e *Engine) entityFormAt(s *sentence, k int) int {
	x, n := -1, 0
	for y, ent := range e.r.ents {
		if m := e.formAt(s, y, k); m > n && (ent.kind == knowledge.Person || ent.kind == knowledge.Organisation) {
			x, n = y, m
		}
	}
	return x
}
