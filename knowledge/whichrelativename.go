package knowledge

import (
	"sort"
	"strings"
)

// A one-word name with "which" after it is no person's. English chooses
// the relative pronoun by its antecedent's gender class: "who" for
// persons, "which" for things and bodies (Quirk et al. 1985, §17.10 and
// §6.10 on personal and non-personal gender), so "Sanofi and
// AstraZeneca, which make the shot" names two bodies that act: news
// writing so names companies and agencies it introduces without a head
// noun. A month, a weekday or a word the article writes in lower case
// too is no such name ("on Tuesday, which"), nor a name written after its
// class noun ("the ferry Glenmere, which sank"), nor the short name of a
// body already named ("Bluecrest" of "Bluecrest Aquatics").

// nameOpeners are the words a body's name follows in such a phrase: the
// prepositions of an agent, a source or a partner, and "and".
var nameOpeners = toSet("by", "from", "with", "and", "to", "for", "at", "of", "between")

// whichRelativeName reports whether the single capitalised word t, in
// paragraph p, is the antecedent of a nonrestrictive "which": ", which"
// right after it, or after "and" and one more capitalised word ("Sanofi
// and AstraZeneca, which").
func whichRelativeName(p *para, t token, lowerWords map[string]bool) bool {
	k := tokKey(t.s)
	if monthNames[k] > 0 || weekdays[k] || stopwords[k] || leadWords[k] || lowerWords[k] {
		return false
	}
	x := sort.Search(len(p.toks), func(x int) bool { return p.toks[x].start >= t.start })
	if x > 0 && p.toks[x-1].sent == p.toks[x].sent && strings.TrimSpace(p.gap(x)) == "" && !nameOpeners[strings.ToLower(p.toks[x-1].s)] {
		return false // "the ferry Glenmere, which sank": a name after its class noun is the thing's, no body's
	}
	which := func(j int) bool {
		return j < len(p.toks) && strings.TrimSpace(p.gap(j)) == "," && strings.ToLower(p.toks[j].s) == "which" && p.toks[j].sent == p.toks[x].sent
	}
	if which(x + 1) {
		return true
	}
	return x+3 < len(p.toks) && strings.ToLower(p.toks[x+1].s) == "and" && isCapitalised(p.toks[x+2].s) && which(x+3)
}

// firstWordOfBody reports whether w opens the name of an entity already
// found: its short name ("Bluecrest" of "Bluecrest Aquatics"), whatever
// kind the longer name was given.
func (ds *discovery) firstWordOfBody(w string) bool {
	for _, c := range ds.ents {
		if strings.HasPrefix(strings.ToLower(c.name), strings.ToLower(w)+" ") {
			return true
		}
	}
	return false
}
