package knowledge

// appositiveSubject is the person whose name opens the clause and is
// followed by a comma, when the words before the verb at x+1 end in a
// comma too: "Alex Romero, a lawyer for the coalition, called the ruling
// "…"". A nonrestrictive appositive is set off by commas and the name
// before it heads the subject (Quirk et al. 1985, ch. 17 on
// nonrestrictive apposition; AP Stylebook, "comma": commas set off an
// appositive), so a body named inside the appositive ("the coalition")
// does not speak. It returns -1 when the clause opens with no person so
// set off.
func (at *attributor) appositiveSubject(k, x, lo int) int {
	p := &at.d.paras[k]
	if !at.commaAfter(k, x) {
		return -1
	}
	first := max(lo, p.sentTok[p.toks[x].sent])
	for y := first; y < x && !at.quoted(k, y); y++ {
		m, ok := at.mentionOf(k, y)
		if !ok || m.i != y {
			continue
		}
		if at.ents[m.ent].Kind == Person && m.j-1 < x && at.commaAfter(k, m.j-1) && at.candidate(k, m) {
			return m.ent
		}
		return -1 // the clause opens with someone or something else
	}
	return -1
}
