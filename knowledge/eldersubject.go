package knowledge

import "strings"

// News style tells apart two people of one surname, a parent and a child,
// as "the elder Ostrowski" and "the younger Ostrowski" (AP Stylebook,
// "junior, senior": "the elder Smith", "the younger Smith"). The
// comparative names the one of that surname whose kinship role puts them
// in the older or the younger generation.

// generations gives the comparatives of age before a surname, and the
// kinship nouns of the generation each picks. Source: English kinship
// terms (parent and child generations).
var generations = map[string][]string{
	"younger": {"son", "daughter", "child"},
	"elder":   {"father", "mother", "parent"},
	"older":   {"father", "mother", "parent"},
}

// generationSubject resolves a subject "the younger|elder|older <Surname>"
// ending at token x of paragraph k to the only person of that surname
// whose role is a kinship noun of the generation the comparative picks;
// -1 when there is none or more than one.
func (at *attributor) generationSubject(k, x int) int {
	p := &at.d.paras[k]
	if x < 2 || !strings.EqualFold(p.toks[x-2].s, "the") {
		return -1
	}
	kin, ok := generations[strings.ToLower(p.toks[x-1].s)]
	if !ok {
		return -1
	}
	name := tokKey(p.toks[x].s)
	found := -1
	for e, ent := range at.ents {
		if ent.Kind != Person || tokKey(lastWord(ent.Name)) != name || !holdsAny(ent.Role, kin) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// holdsAny reports whether one of role's words, not a possessive, is one
// of the nouns ("Ostrowski's son" holds "son"; "spokesperson" does not).
func holdsAny(role string, nouns []string) bool {
	for _, w := range strings.Fields(role) {
		if bare(w) != w {
			continue
		}
		for _, n := range nouns {
			if tokKey(w) == n {
				return true
			}
		}
	}
	return false
}
