package lookup

// A lower-case noun names a person only in a sense that is written in
// lower case (part of stage 1, reading): English capitalises the nouns of
// nationality and the proper names of people (AP Stylebook,
// "nationalities and races"), and WordNet keeps each lemma's case
// ("Pole", a native of Poland, beside "pole", a rod). So "a utility
// pole" in a lead describes no person, and does not stand beside the
// lead's real description ("A 19-year-old driver died … when a pickup
// truck … struck a utility pole") as a second person the next paragraph
// might name.

// lowerCasePerson reports whether w, written in lower case, names a kind
// of person; without WordNet every noun may.
func (e *Engine) lowerCasePerson(w string) bool {
	return e.noLex || e.lex.LowerCasePerson(w)
}
