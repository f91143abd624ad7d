package knowledge

// "And" in a firm's name (stage 1, names): a business named for its
// founders or for two things joins them with "and" as often as with the
// ampersand ("Smith and Wesson", "Procter and Gamble", "Harbor and Pine
// Markets"; AP Stylebook, "ampersand": "&" only where it is part of the
// formal name, so the wire spells out "and" in many). When one capitalised
// word that is no title, acronym or place stands before "and", and
// after it two or more capitalised words that open with no given name,
// title or acronym and end in no body's or place's head noun ("Smith and
// Bellamy Construction"), the words after "and" alone would be read as a
// person with no given name ("Bellamy Construction"): two people are
// written with given names ("Karl and Amy Voss") or by surnames alone
// ("Smith and Jones"), not a surname and a trade noun; the word before
// "and" may be a given name too, as surnames often are ("Hale", "Burton"). The whole is one
// organisation, as ampersandJoined reads "Caldwell & Sons Jewelers".
// Words ending in a body's head noun ("the Appliance and Metal Workers
// Union") are left to the head noun's own reading.

// firmAndEnd returns the end of a firm's name that the run at [i, j)
// opens before "and", or j when there is none.
func firmAndEnd(p *para, i, j int) int {
	run := trimRun(p.toks[i:j])
	if len(run) != 1 || j >= len(p.toks) || run[0] != p.toks[j-1] {
		return j
	}
	w := run[0].s
	if _, place := places[aliasKey(w)]; place || bare(w) != w || isTitleToken(w) || isAcronym(w) || !andLinked(p, j) {
		return j
	}
	e := runEnd(p, j+1)
	if e-(j+1) < 2 {
		return j
	}
	last := tokKey(p.toks[e-1].s)
	if _, place := places[aliasKey(joinRun(p, p.toks[j+1:e]))]; place || orgHeads[last] || placeHeads[last] {
		return j
	}
	for _, t := range p.toks[j+1 : e] {
		if isGivenName(t.s) || isTitleToken(t.s) {
			return j
		}
	}
	return e
}
