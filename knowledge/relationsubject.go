package knowledge

import "strings"

// A speaker named by relation (part of reading the quotations). News
// writing introduces a relative or a representative once in apposition to
// the name ("Her daughter, Carol Voss-Lind, said …", "Tom Ruiz, his
// lawyer, said …") and attributes a later quotation by the relation alone
// ("…," her daughter said): the definite noun phrase refers back to the
// person it was apposed to (Quirk et al. 1985, §17.65 on apposition;
// Halliday and Hasan, "Cohesion in English", 1976, ch. 2 on reference).

// relationNouns are the nouns that name a person by their tie to another,
// which news writing attributes quotations by: the kinship terms of
// English (Quirk et al. 1985, §5.108 on relational nouns; the nuclear
// family, grandchildren, in-laws' partners) and the representatives of
// the AP Stylebook's attribution entries ("lawyer", "attorney",
// "spokesman", "spokeswoman").
var relationNouns = toSet("son", "daughter", "wife", "husband", "mother", "father",
	"brother", "sister", "nephew", "niece", "grandson", "granddaughter", "aunt", "uncle",
	"cousin", "widow", "widower", "partner", "fiance", "fiancee", "stepson", "stepdaughter",
	"lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson")

// possessiveDeterminers are the personal possessive determiners (Quirk et
// al., §6.26).
var possessiveDeterminers = toSet("his", "her", "their", "its")

// relationSubject resolves a subject "<possessive> <relation noun>" ending
// at token x of paragraph k ("her daughter") to the one person the
// article apposed that relation noun to before, or -1.
func (at *attributor) relationSubject(k, x int) int {
	p := &at.d.paras[k]
	if x < 1 || !relationNouns[tokKey(p.toks[x].s)] || !possessiveAt(p, x-1) {
		return -1
	}
	noun, found := tokKey(p.toks[x].s), -1
	for pk := 0; pk <= k; pk++ {
		for _, m := range at.d.mentions[pk] {
			if pk == k && m.i >= x-1 {
				break
			}
			if !at.candidate(pk, m) || !apposedRelation(&at.d.paras[pk], m, noun) {
				continue
			}
			if found >= 0 && found != m.ent {
				return -1 // two daughters named: the bare relation says not which
			}
			found = m.ent
		}
	}
	return found
}

// possessiveAt reports whether token i of p is a possessive determiner or
// a name's genitive ("Ruiz's").
func possessiveAt(p *para, i int) bool {
	w := p.toks[i].s
	return possessiveDeterminers[strings.ToLower(w)] || bare(w) != w
}

// apposedRelation reports whether mention m of p stands in apposition to
// "<possessive> <noun>": right after it ("Her daughter, Carol Voss-Lind",
// "his lawyer Tom Ruiz") or set off by a comma after it ("Tom Ruiz, his
// lawyer").
func apposedRelation(p *para, m mention, noun string) bool {
	if i := m.i; i >= 2 && tokKey(p.toks[i-1].s) == noun && possessiveAt(p, i-2) && p.toks[i-1].sent == p.toks[m.i].sent {
		if g := strings.TrimSpace(p.gap(i)); g == "" || g == "," {
			return true
		}
	}
	j := m.j
	return j+1 < len(p.toks) && strings.TrimSpace(p.gap(j)) == "," && possessiveAt(p, j) && tokKey(p.toks[j+1].s) == noun && p.toks[j+1].sent == p.toks[m.i].sent
}
