package knowledge

import (
	"slices"
	"strings"
)

// Shared surnames. When two people in a story share a surname (brothers,
// a mother and her son), a bare surname on a later reference means the
// one of them named in full most recently before it: a second reference
// takes the nearest compatible antecedent, the recency preference of
// anaphora (Lappin and Leass 1994, "An Algorithm for Pronominal Anaphora
// Resolution"; the same holds of a definite second reference, Quirk et
// al. §5.28), and the AP Stylebook ("names") has writers reintroduce a
// relative by full name before the surname alone refers to them.

// recentFullName reassigns each bare-surname mention in ms whose surname
// two or more people of ents share to the one of them whose full name was
// written last before it; a surname before any full name keeps the
// entity the alias table gave it.
func recentFullName(d *doc, ents []*cand, ms [][]mention) {
	holders := map[string][]int{}
	for e, c := range ents {
		if c.kind == Person && len(strings.Fields(c.name)) > 1 {
			k := tokKey(c.surname())
			holders[k] = append(holders[k], e)
		}
	}
	shared := false
	for _, hs := range holders {
		shared = shared || len(hs) > 1
	}
	if !shared {
		return
	}
	last := map[int]int{} // entity → order of its latest full-name mention
	order := 0
	for k := range ms {
		for x := range ms[k] {
			m := &ms[k][x]
			order++
			if m.j-m.i > 1 {
				last[m.ent] = order
				continue
			}
			hs := holders[tokKey(d.paras[k].toks[m.i].s)]
			if len(hs) < 2 || !slices.Contains(hs, m.ent) {
				continue
			}
			for _, h := range hs {
				if last[h] > last[m.ent] {
					m.ent = h
				}
			}
		}
	}
}
