package lookup

import (
	"slices"
	"strings"
)

// The official beside the identified person (part of stage 1, with
// agedidentified.go). A sentencing or court story may give the official
// acting in office an age too ("U.S. District Judge Eleanor Whitcombe,
// 63, also ordered Gregory Hale, 51, to repay …"). AP style puts a
// formal title, capitalised, directly before the name of one who holds
// it (AP Stylebook, "titles"), and the official is in the story by that
// office; the person a delayed-identification lead described is
// identified by the particulars the lead withheld, the name and the age
// (Brooks et al., "News Reporting and Writing", on the delayed
// identification), with no title of office before the name, since the
// lead's own description is their role. So of two or more people named
// with an age there, the one whose name no capitalised title precedes
// is the lead's person.

// untitledOne is the one of xs that s names with no capitalised title
// right before the name, or -1 when none or more than one is.
func (e *Engine) untitledOne(s *sentence, xs []int) int {
	found := -1
	for _, x := range xs {
		if e.titledIn(s, x) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = x
	}
	return found
}

// titledIn reports whether s names x right after a capitalised title
// ("Judge Eleanor Whitcombe", "Superintendent Joan Whitaker").
func (e *Engine) titledIn(s *sentence, x int) bool {
	for _, sp := range e.nameSpans(s, x) {
		k := slices.IndexFunc(s.toks, func(t token) bool { return t.start == sp[0] }) // the name's first token
		if k < 1 {
			continue
		}
		t := s.toks[k-1]
		if t.cap && (isTitleWord(strings.TrimSuffix(t.lower, ".")) || formalTitle(t, e.isPersonNoun, e.canPremodify)) {
			return true
		}
	}
	return false
}
