package lookup

// A common noun shaped like a demonym (part of stage 4, extraction: who-questions):
// names of nationalities and peoples are proper adjectives and nouns,
// capitalised wherever they stand (AP Stylebook, "nationalities and
// races"; Quirk et al. 1985, §7.25 on proper adjectives), so a word with
// a demonym's ending ("-an", "-ch", "-ic": "coach", "technician",
// "mechanic") that the article writes only in lower case is a common
// noun there, not a nationality. describedWho reads such a word, like any
// other of a description, in the sentence that introduces the person
// ("Offensive coordinator Trey Mabry was named interim coach"), not only
// in the person's own title.

// lowerCaseOnly reports whether the article writes w, and writes it only
// in lower case, outside capitalised titles (a title before a name is
// capitalised as a title, AP Stylebook, "titles", not as a proper
// adjective).
func (e *Engine) lowerCaseOnly(w string) bool {
	lower := false
	for i := range e.r.sents {
		for _, t := range e.r.sents[i].toks {
			if t.lower != w {
				continue
			}
			if t.cap && !isTitleWord(t.lower) {
				return false
			}
			lower = lower || !t.cap
		}
	}
	return lower
}
