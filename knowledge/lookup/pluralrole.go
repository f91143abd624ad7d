package lookup

import "strings"

// A title or occupational noun written right before a name is in
// apposition to it, and nouns in apposition agree in number (Quirk et
// al., 1985, §17.65–17.67): a plural noun titles coordinated names
// ("lawyers Ann Pike and Tom Bell"), never one. Before a single name a
// plural is another phrase, the object of the verb before it, and the
// name opens the clause after it ("The clerk told investigators Lyle had
// asked for directions"): it says nothing of what the person is.

// singleTitleBefore is the title written right before a name
// (titleBefore), the sentence going on with after, unless it is a plural
// noun before the name alone (pluralTitle). A plural title of
// coordinated names is each one's in the singular ("lawyers Ines Dahl
// and Pavel Roth": Dahl is a lawyer).
func (e *Engine) singleTitleBefore(before, after string) string {
	t := titleBefore(before, e.isPersonNoun, e.canPremodify)
	if t == "" || e.pluralTitle(t, after) {
		return ""
	}
	toks := tokenize(t)
	last := toks[len(toks)-1]
	if sg := singular(last.lower); sg != last.lower && e.isPersonNoun(sg) {
		return t[:last.start] + sg
	}
	return t
}

// pluralTitle reports whether title t, read before a name whose sentence
// goes on with after, is a plural noun and the name stands alone: not
// followed by "and" or a comma and another capitalised word.
func (e *Engine) pluralTitle(t, after string) bool {
	toks := tokenize(t)
	if len(toks) == 0 {
		return false
	}
	head := toks[len(toks)-1].lower
	if sg := singular(head); sg == head || !e.isPersonNoun(sg) {
		return false
	}
	rest := strings.TrimSpace(after)
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(rest, ","), "and "))
	coordinated := rest != strings.TrimSpace(after) && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
	return !coordinated
}
