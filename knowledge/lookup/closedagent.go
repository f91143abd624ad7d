package lookup

import "strings"

// A closed compound whose head names a person names a person (part of
// stage 1, roles.go's reading of titles). A solid compound is a kind of
// its last base (Quirk et al. 1985, App. I.57, endocentric noun
// compounds; Bauer 1983, §2.4), and English writes many job titles
// solid that WordNet lists only open or not at all ("harbormaster",
// "yardmaster", "lockkeeper", "ferryman"): Merriam-Webster enters
// "harbormaster" as one word. AP style capitalises such a formal title
// before a name ("Harbormaster Dana Ruiz"; AP Stylebook, "titles"), so a
// title word WordNet does not know is read as a person noun when it is a
// word of three letters or more followed by a person noun of four or
// more that WordNet does know ("harbor" + "master").

// closedPersonCompound reports whether w, a word WordNet lacks, is a
// closed compound whose head is a person noun.
func (e *Engine) closedPersonCompound(w string) bool {
	if e.noLex || e.lex.IsWord(w) || strings.ContainsAny(w, " -.'’") {
		return false
	}
	for k := 3; k+4 <= len(w); k++ {
		first, head := w[:k], w[k:]
		if e.lex.IsWord(first) && e.lex.IsWord(head) && e.lex.KindOf(head, "person") {
			return true
		}
	}
	return false
}
