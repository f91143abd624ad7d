package knowledge

// A month name coordinated with a given name before a shared surname
// (part of reading names). A couple or two siblings are named with their
// given names coordinated before the surname they share ("Harold and June
// Whitacre"; the AP Stylebook, "couples"), and coordination joins units of
// like kind (Quirk et al. 1985, §13.13 on the conjoins of coordination):
// after a given name and "and", a month that is also a given name
// (givenNameMonths) and is followed by a capitalised surname is a given
// name too, not the time that "May and June" or "between May and June"
// would make it.

// conjoinedGivenMonth reports whether the month at token i follows "and"
// or "or" that itself follows a capitalised given name which is no month
// or weekday ("Harold and June Whitacre").
func conjoinedGivenMonth(p *para, i int) bool {
	if i < 2 {
		return false
	}
	conj, prev := p.toks[i-1], p.toks[i-2]
	if k := tokKey(conj.s); k != "and" && k != "or" || conj.sent != p.toks[i].sent || prev.sent != conj.sent {
		return false
	}
	if !spaceOnly(p.gap(i-1)) || !spaceOnly(p.gap(i)) || !isCapitalised(prev.s) || bare(prev.s) != prev.s {
		return false // "Harold, and June …": a comma ends the pair
	}
	k := tokKey(prev.s)
	return monthNames[k] == 0 && !weekdays[k] && isGivenName(prev.s)
}
