package knowledge

import "strings"

// A title the article has written before a person's full name is a title
// again when it stands before that person's surname alone ("Ranger Amy
// Cole found the hiker …" then "…, said Ranger Cole"). AP style gives a
// person's full name, with any title, on first reference and the surname
// on later ones, and a formal or occupational title may be repeated with
// the surname (AP Stylebook, "titles"; Brooks et al., "News Reporting and
// Writing", on first and later references). The capitalised word before
// the surname is then no given name but the title the article already
// used for the same person, so "Ranger Cole" is Amy Cole, not a second
// person called Ranger Cole.

// repeatedTitle is the number of leading words of run that repeat the
// title the article wrote before the full name of a person already found
// with the surname that ends run, or 0: run must be a title word and a
// surname only ("Ranger Cole"), and the title must end the earlier
// prefix ("Ranger", "Park Ranger").
func (ds *discovery) repeatedTitle(run []token) int {
	if len(run) != 2 {
		return 0
	}
	w, last := tokKey(run[0].s), run[1].s
	for _, c := range ds.ents {
		if c.kind != Person || c.prefix == "" || len(strings.Fields(c.name)) < 2 || c.surname() != last {
			continue
		}
		f := strings.Fields(c.prefix)
		if tokKey(f[len(f)-1]) == w {
			return 1
		}
	}
	return 0
}
