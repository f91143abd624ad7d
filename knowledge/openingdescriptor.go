package knowledge

// openingDescriptor reports whether the first word of run is a
// description written before a name only because it opens the sentence
// ("Craftsman Emil Trudeau, 72, spent 18 months ...", "Auctioneer Frank
// Delisle said"): AP style writes an occupational description before a
// name in lower case (AP Stylebook, "titles": "astronaut John Glenn",
// "movie star John Wayne"), so a capital on it comes from the sentence
// alone. The run must go on with a given name and a surname after the
// word, and the word must be no given name itself and no head of a place
// or organisation name ("Fort Sam Houston" is a place).
func openingDescriptor(p *para, run []token) bool {
	if len(run) < 3 || !isGivenName(run[1].s) || isGivenName(run[0].s) {
		return false
	}
	w := run[0].s
	k := tokKey(w)
	if isAcronym(w) || isDottedAcronym(w) || bare(w) != w || placeHeads[k] || orgHeads[k] || eventNameHeads[k] {
		return false
	}
	first, _ := p.sentTokens(run[0].sent)
	return first < len(p.toks) && p.toks[first].start == run[0].start
}
