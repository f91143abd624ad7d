package lookup

// formalTitle reports whether t, the word right before a name, is a
// capitalised noun that WordNet files under person ("Superintendent Joan
// Whitaker"): AP style capitalises a formal title used directly before a
// name (AP Stylebook, "titles"), so a capitalised kind of person there is
// the title the person holds, as a lower-case occupational title is
// (occupationBefore). A word that may be a verb is left out, as
// canPremodify leaves it out of a premodifier: "Born Harold Brandt in
// Duluth" opens with a participle, not a title, though WordNet also
// files "Born" under person as the physicist.
func formalTitle(t token, isPerson, canPremodify func(string) bool) bool {
	l := t.lower
	return t.cap && !t.poss && len(l) >= 4 && !stopWords[l] && !prepositions[l] && isPerson(l) && canPremodify(l)
}
