package knowledge

import "strings"

// bodySubject resolves a subject written as "the <noun>" ending at token x
// of paragraph k ("…," the association said) to the organisation named
// nearest before it, in this paragraph or an earlier one, whose name ends
// in that noun ("The Montana High School Association"): news style names a
// body in full once and then by its head noun with "the" (AP Stylebook,
// "second reference"; Quirk et al. 1985, §5.28 on the anaphoric "the").
// It returns -1 when no such organisation is named.
func (at *attributor) bodySubject(k, x int) int {
	p := &at.d.paras[k]
	if x < 1 || !strings.EqualFold(p.toks[x-1].s, "the") || p.toks[x].s != strings.ToLower(p.toks[x].s) {
		return -1
	}
	noun := tokKey(p.toks[x].s)
	for pk := k; pk >= 0; pk-- {
		ms := at.d.mentions[pk]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if pk == k && m.j > x-1 || at.ents[m.ent].Kind != Organisation {
				continue
			}
			if tokKey(lastWord(at.ents[m.ent].Name)) == noun {
				return m.ent
			}
		}
	}
	return -1
}
