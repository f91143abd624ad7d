package knowledge

// nameParticles are the lower-case particles of Dutch, German, French,
// Spanish, Portuguese, Italian and Arabic surnames ("Pieter de Graaf",
// "Ursula von der Leyen", "Osama bin Laden"). The AP Stylebook
// ("foreign particles"; also Chicago Manual of Style 8.5) writes such a
// particle in lower case inside the full name, as its bearer does, so a
// lower-case particle between two capitalised words does not end the
// name.
var nameParticles = toSet("de", "van", "von", "der", "den", "du", "da", "di",
	"del", "della", "dos", "das", "ter", "bin", "ibn")

// particleEnd returns the index after a lower-case name particle (one or
// two, "von der") that continues the capitalised run ending before j,
// followed by a capitalised word of the same sentence, or j when none
// does.
func particleEnd(p *para, i, j int) int {
	toks := p.toks
	k := j
	for k < len(toks) && k-j < 2 && nameParticles[toks[k].s] && toks[k].sent == toks[i].sent && spaceOnly(p.gap(k)) {
		k++
	}
	if k == j || k >= len(toks) || toks[k].sent != toks[i].sent || !spaceOnly(p.gap(k)) || !isCapitalised(toks[k].s) {
		return j
	}
	if bare(toks[j-1].s) != toks[j-1].s {
		return j
	}
	return k
}
