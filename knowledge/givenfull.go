package knowledge

import "strings"

// News writing may introduce a relative by the given name alone, in
// apposition to the relation noun ("her late husband, Miguel,"), and
// name him in full a sentence later ("Miguel Delgado died …"): a family
// shares the surname, which alone would not tell its members apart, so
// the given name serves as a full reference (the AP Stylebook's entry on
// names: on second reference to people who share a surname, use the first
// name). Such a one-word person is the one person of the story with that
// given name and a surname another person shares.

// mergeGivenNames folds each one-word person the article also names in
// full into that full name, as an alias.
func mergeGivenNames(ents []*cand) []*cand {
	return mergeInto(ents, fullNameOf)
}

// fullNameOf returns the one person of more than one word whose given name
// is c's one-word name, when c is an untitled person, that name is a given
// name and the full name's surname is another person's too; else nil.
func fullNameOf(ents []*cand, c *cand) *cand {
	if c.kind != Person || c.prefix != "" || strings.Contains(c.name, " ") || !isGivenName(c.name) {
		return nil
	}
	var full *cand
	for _, o := range ents {
		f := strings.Fields(o.name)
		if o == c || o.kind != Person || len(f) < 2 || !strings.EqualFold(f[0], c.name) {
			continue
		}
		if full != nil {
			return nil // two people of that given name: it tells neither
		}
		full = o
	}
	if full == nil || !surnameShared(ents, full) {
		return nil
	}
	return full
}
