package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// A role owned by "its" (part of stage 4, the speakers of speech.go). The
// possessive determiner "its" refers back to a non-personal noun phrase
// before it (Quirk et al. 1985, §6.30 and §19.46: anaphoric reference to
// the nearest suitable antecedent), so a person introduced as "Its
// director, Sharon Beckwith," right after a sentence about one
// organisation ("The aquarium fired Quist …") is that organisation's
// director: she speaks for it ("what did the aquarium say") and the
// question may call her by its name ("the aquarium director").

// itsOwner is the organisation a role opening with "its" refers to: the
// one organisation the sentence before the role's names or refers to, or
// -1 when that sentence has none or several.
func (e *Engine) itsOwner(r role) int {
	if r.s == nil || !strings.HasPrefix(strings.ToLower(r.text), "its ") {
		return -1
	}
	at := e.indexOf(r.s)
	if at < 1 {
		return -1
	}
	prev := &e.r.sents[at-1]
	owner := -1
	for _, x := range append(append([]int{}, prev.named...), prev.refs...) {
		if e.r.ents[x].kind != knowledge.Organisation || x == owner {
			continue
		}
		if owner >= 0 {
			return -1 // two organisations: "its" is ambiguous
		}
		owner = x
	}
	return owner
}

// itsOwners are the organisations x's "its" roles tie x to.
func (e *Engine) itsOwners(x int) []int {
	var out []int
	for _, r := range e.rolesOf(x) {
		if o := e.itsOwner(r); o >= 0 && !contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// itsTitled reports whether the article gives someone the title in an
// "its" role whose organisation's name holds the qualifier: "Its
// director" after a sentence about the Gulf Coast Aquarium describes
// "the aquarium director".
func (e *Engine) itsTitled(qual, title string) bool {
	for x := range e.a.Entities {
		for _, r := range e.rolesOf(x) {
			o := e.itsOwner(r)
			if o >= 0 && strings.HasSuffix(strings.ToLower(r.text), " "+title) && slices.Contains(strings.Fields(strings.ToLower(e.a.Entities[o].Name)), qual) {
				return true
			}
		}
	}
	return false
}
