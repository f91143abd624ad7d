package lookup

import "strings"

// A goal's common head (part of stage 4, where): a proper name before a
// common noun modifies it (Quirk et al. 1985, §17.108), so in "was
// transferred to the Franklin County jail" the goal is the jail, not the
// county the name alone would say. The goal of a movement is extended
// over such a head, as withCommonHead extends a place found after "in" or
// "at": the head must be a WordNet kind of structure, facility or
// location.

// goalWithHead extends goal p, found in text, over the common nouns after
// it that end in a noun for a building or place; p unchanged otherwise.
func (e *Engine) goalWithHead(text, p string) string {
	i := strings.Index(text, p)
	if i < 0 || strings.HasSuffix(p, ".") {
		return p
	}
	sp := e.withCommonHead(text, [][]int{{i, i + len(p), i, i + len(p)}})[0]
	return text[sp[2]:sp[3]]
}
