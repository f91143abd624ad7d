package knowledge

import "strings"

// A surname in the plural after "the" names a family ("the genus name
// honors the Haugens"), not an organisation: English forms the plural of
// a family name with -s or -es and writes it with the definite article
// (AP Stylebook, "plurals": "the Carters", "the Joneses"; Quirk et al.
// 1985, §5.66 on proper nouns in the plural). So such a mention is no
// evidence that a name taken for a person's is a body's, as "the
// Sacramento Condors" is (notAPerson): the person whose surname it is
// stays a person, and "Haugen said" stays hers.

// familyPlural reports whether mention m of the person candidate c is c's
// surname in the plural alone: "Haugens", "Joneses".
func familyPlural(p *para, m mention, c *cand) bool {
	if m.j-m.i != 1 || len(strings.Fields(c.name)) < 2 {
		return false
	}
	w, s := tokKey(p.toks[m.i].s), tokKey(c.surname())
	return w == s+"s" || w == s+"es"
}
