package knowledge

import "strings"

// bodySubject resolves a subject written as "the <noun>" ending at token x
// of paragraph k ("…," the association said) to the organisation named
// nearest before it, in this paragraph or an earlier one, whose name ends
// in that noun ("The Montana High School Association"): news style names a
// body in full once and then by its head noun with "the" (AP Stylebook,
// "second reference"; Quirk et al. 1985, §5.28 on the anaphoric "the").
// Failing that, a general noun ("the company said") names the
// organisation named nearest before it (see nearestBody). It returns -1 when no such
// organisation is named.
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
	if generalBodyNouns[noun] {
		return at.nearestBody(k, x)
	}
	return -1
}

// generalBodyNouns are general nouns that refer back to an organisation of
// any name ("Pacific Valley Power … The company said"). Source: the class
// of general nouns used for lexical cohesion (Halliday and Hasan 1976,
// Cohesion in English, §6.4), those that stand for a business or body;
// and "agency", WordNet's agency n.1, "an administrative unit of
// government", by which news writing refers back to any public body it
// has named ("The National Weather Service … the agency said").
var generalBodyNouns = toSet("company", "firm", "organization", "organisation", "group", "utility", "business", "agency")

// nearestBody is the organisation named last before token x of paragraph
// k, outside quotation, in that paragraph or the one before it; -1 when
// there is none: a general noun refers back no further than that.
func (at *attributor) nearestBody(k, x int) int {
	for pk := k; pk >= 0 && pk >= k-1; pk-- {
		ms := at.d.mentions[pk]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if pk == k && m.j > x-1 || at.ents[m.ent].Kind != Organisation || at.quoted(pk, m.i) {
				continue
			}
			return m.ent
		}
	}
	return -1
}
