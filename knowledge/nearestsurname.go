package knowledge

import "strings"

// A surname two people of the story share names, when written alone, the
// one of them last named in full before it. News writing gives a person's
// full name on first reference and the surname alone after (AP Stylebook,
// "names": "use only last names on second reference"), so a reporter who
// introduces "Her mother, Renata Marchetti," and then writes "Marchetti
// said" means the person just introduced, not the relative named in full
// paragraphs earlier. Without this, every bare surname went to whichever
// of the two the story named first.

// nearestSurnames points each bare shared surname of ms at the person
// sharing it who was last named by more than the surname (in full, or by a
// first name of their own) before it; a bare surname before any such
// naming keeps its entity.
func nearestSurnames(d *doc, ms [][]mention, ents []*cand) {
	last := map[string]int{} // surname key → the person last named by more than it
	for k := range ms {
		for x, m := range ms[k] {
			c := ents[m.ent]
			if c.kind != Person || len(strings.Fields(c.name)) < 2 || !surnameShared(ents, c) {
				continue
			}
			key := tokKey(c.surname())
			if m.j-m.i > 1 || tokKey(d.paras[k].toks[m.i].s) != key {
				last[key] = m.ent
				continue
			}
			if e, ok := last[key]; ok && e != m.ent {
				ms[k][x].ent = e
			}
		}
	}
}
