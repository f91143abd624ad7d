package knowledge

// A descriptive genitive inside an organisation's name (part of finding
// the entities). English writes a genitive before a noun in two ways:
// as a determiner, naming who has the thing ("Halcyon's president",
// "Washington's Employment Security Department"), and as a classifier,
// naming the kind of thing it is ("a children's hospital", "a women's
// college", "the sheriff's office"), which then forms one compound noun
// with the head (Quirk et al. 1985, §5.123 on the descriptive genitive
// and §17.108 on classifying genitives). An institution names itself
// with the second kind: "Treasure Valley Children's Hospital", "the
// Washington County Sheriff's Office", "the Oklahoma Attorney General's
// Office", "the Workers' Compensation Board". The classifying genitive
// names a kind of person, not one particular holder, so its noun is a
// title or office ("Sheriff's", "Attorney General's": titleWords) or a
// plural noun of people (descriptivePlurals); a proper name's genitive
// ("Halcyon's Board") is a determiner and ends the name before it. Such
// a genitive keeps the capitalised run going when the capitalised words
// after it close with an organisation's head noun (orgHeads).

// descriptivePlurals are the plural nouns of people that English writes
// as classifying genitives in institutions' names: the irregular plurals
// of person nouns, which take "'s" ("children's", "women's", "men's",
// "people's"; Quirk et al. 1985, §5.82 and §5.123), and the two regular
// plurals, written with an apostrophe alone, that U.S. agencies' and
// boards' names carry ("Veterans' Home", "Workers' Compensation Board").
var descriptivePlurals = toSet("children", "women", "men", "people", "veterans", "workers")

// descriptiveGenitive reports whether token k of p is a genitive of a
// title or a plural noun of people that the capitalised words after it,
// in its sentence, complete into an organisation's name.
func descriptiveGenitive(p *para, k int) bool {
	toks := p.toks
	w := toks[k].s
	if bare(w) == w || !(isTitleToken(w) || descriptivePlurals[tokKey(w)]) {
		return false
	}
	last := ""
	for m := k + 1; m < len(toks) && toks[m].sent == toks[k].sent && spaceOnly(p.gap(m)) && isCapitalised(toks[m].s); m++ {
		last = tokKey(toks[m].s)
		if bare(toks[m].s) != toks[m].s {
			return false // another genitive: "Sheriff's Office's"
		}
	}
	return last != "" && orgHeads[last]
}
