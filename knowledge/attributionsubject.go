package knowledge

// The subject of a postposed attribution is no appositive. News writing
// puts the attribution after the words it attributes, and the
// attribution's subject may then follow a name the sentence ends on:
// "… when it struck Voss, the chief said." (AP Stylebook, "said": the
// attribution after the statement, subject before the verb). A
// nonrestrictive appositive is set off by commas on both sides unless it
// ends the sentence (AP Stylebook, "comma": with appositives; Quirk et
// al. 1985, §17.65), so a noun phrase after a name's comma that runs on,
// with no comma of its own, into a verb of saying is that verb's subject,
// not a description of the name before it.

// attributionSubject reports whether the noun phrase ending at token end
// of p runs straight into a verb of saying in the same sentence.
func attributionSubject(p *para, end int) bool {
	next := end + 1
	return next < len(p.toks) && p.toks[next].sent == p.toks[end].sent && spaceOnly(p.gap(next)) &&
		speechVerbs[tokKey(p.toks[next].s)]
}
