package knowledge

import "strings"

// A person's name before a state used attributively (part of reading
// names, entities.go). The AP Stylebook ("state names") sets a state off
// with commas on both sides when it follows a town ("from Nashville,
// Tenn., to Austin"), so a state run straight on into a lower-case word
// modifies that word ("Rick Salazar, Nebraska legislative director for
// the Brotherhood": an appositive title, Quirk et al. 1985, §17.65); and
// a run opening with a given name from the lists of given names is a
// person's name. The two together mark the run as no town.

// personBeforeStateTitle reports whether the capitalised run, followed by
// a comma and the state at token j, opens with a given name while the
// state runs on, after a space, into a lower-case word.
func personBeforeStateTitle(p *para, run []token, j int) bool {
	next := j + 1
	if len(run) < 2 || next >= len(p.toks) || p.toks[next].sent != p.toks[j].sent || !spaceOnly(p.gap(next)) || isCapitalised(p.toks[next].s) {
		return false
	}
	return isGivenName(strings.ToLower(bare(run[0].s)))
}
