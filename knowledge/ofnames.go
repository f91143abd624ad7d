package knowledge

import "strings"

// ofLinks join the two capitalised parts of a name whose head is a body
// or an office: "National Institute on Aging", "Centers for Disease
// Control", "University of Michigan", "Secretary of State". Source: the
// prepositions of English post-modifying phrases in such names (Quirk et
// al., A Comprehensive Grammar, 17.37, on the names of institutions).
var ofLinks = toSet("of", "on", "for")

// titleLinks join a title's parts as "in" does in a formal title written
// before a name ("Special Agent in Charge Thomas Greer", "Editor in
// Chief Ana Ruiz"; AP Stylebook, "titles" and "agent"): only after a
// title word, since "the Weller Museum in Hartford" locates a body.
var titleLinks = toSet("in")

// ofPhraseEnd returns the end of the capitalised run after a lower-case
// "of", "on" or "for" that follows a run ending at j in an organisation's
// head noun or a title word, or j when there is none.
func ofPhraseEnd(p *para, j int) int {
	if j < 1 || j+1 >= len(p.toks) {
		return j
	}
	head, link, next := p.toks[j-1], p.toks[j], p.toks[j+1]
	k := tokKey(head.s)
	if bare(head.s) != head.s || !(orgHeads[k] || orgHeads[strings.TrimSuffix(k, "s")] || isTitleToken(head.s)) {
		return j
	}
	if e := theOfPhraseEnd(p, j); e > j {
		return e
	}
	if !ofLinks[link.s] && !(titleLinks[link.s] && isTitleToken(head.s)) || link.sent != head.sent || next.sent != head.sent || !spaceOnly(p.gap(j)) || !spaceOnly(p.gap(j+1)) || !isCapitalised(next.s) {
		return j
	}
	return runEnd(p, j+1)
}

// theOfPhraseEnd returns the end of the capitalised run after "of the"
// that follows a body's head noun at j-1 ("Museum of the Rockies", "Bank
// of the West", "Department of the Interior"), or j: a proper name keeps
// the definite article of the name it postmodifies with (Quirk et al.
// 1985, §5.65 on names with "the", §17.37 on institutions' names). A
// title's "of the" is left alone ("Secretary of the Interior Deb
// Haaland" names the holder after it, addOfPhrase's other branch).
func theOfPhraseEnd(p *para, j int) int {
	if j+2 >= len(p.toks) {
		return j
	}
	head, link, the, next := p.toks[j-1], p.toks[j], p.toks[j+1], p.toks[j+2]
	k := tokKey(head.s)
	if !orgHeads[k] && !orgHeads[strings.TrimSuffix(k, "s")] || isTitleToken(head.s) || link.s != "of" || the.s != "the" {
		return j
	}
	if next.sent != head.sent || !spaceOnly(p.gap(j)) || !spaceOnly(p.gap(j+1)) || !spaceOnly(p.gap(j+2)) || !isCapitalised(next.s) {
		return j
	}
	return runEnd(p, j+2)
}

// addOfPhrase adds the name that run, a link word at j and the capitalised
// run up to e make, and reports whether it did: an organisation when run
// ends in a body's head noun, else a title and the name of the person who
// holds it ("Secretary of State Lena Marchetti"), which starts at the
// first given name of the second run.
func (ds *discovery) addOfPhrase(p *para, run []token, j, e int) bool {
	if len(run) == 0 {
		return false
	}
	start := run[0].start
	all := p.toks[j+1 : e]
	if !isTitleToken(run[len(run)-1].s) {
		for x := range all {
			if monthNames[tokKey(all[x].s)] > 0 || weekdays[tokKey(all[x].s)] {
				return false
			}
		}
		ds.add(p.text[start:all[0].start]+joinRun(p, all), Organisation)
		return true
	}
	for x := 1; x+1 < len(all); x++ {
		if isGivenName(all[x].s) {
			c := ds.add(joinRun(p, all[x:]), Person)
			if c.prefix == "" {
				c.prefix = p.text[start:all[x-1].end]
			}
			return true
		}
	}
	return false
}
