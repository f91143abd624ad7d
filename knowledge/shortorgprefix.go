package knowledge

import "strings"

// An organisation's short name by its leading words. News writing names a
// firm in full once and after that by a shorter form, dropping the generic
// word that ends the name ("Granite Line Paving", then "Granite Line's
// chief executive"; AP Stylebook, "company names": on second reference the
// short form of the name). Discovery reads the short form, two capitalised
// words with no title, as a person's name; it is the organisation's when
// its words open exactly one organisation's longer name, named before it
// (the full name comes first), and its first word is no given name (a
// person's name may open a foundation's: "John Hale" of "John Hale
// Foundation"). A body of members named for a place or a building is not
// that place: "Maple Court" is no short name of "Maple Court Tenants
// Association", so a longer name whose words after the short form hold a
// collective noun of an organised body, or a plural (its members; not a
// line of business, "Holdings"), keeps the short form apart.

// memberBodies are collective nouns naming an organised body of people
// (Quirk et al., A Comprehensive Grammar, §5.36 and §10.35 on collective
// nouns: "committee", "club", "union", "association").
var memberBodies = toSet("association", "union", "council", "committee", "club", "society", "league",
	"coalition", "alliance", "federation", "guild", "caucus", "board", "commission", "foundation")

// namesItsMembers reports whether the words of an organisation's name after
// a short form name a body of people: a collective noun or a plural.
func namesItsMembers(rest string) bool {
	for _, w := range strings.Fields(rest) {
		k := tokKey(w)
		if memberBodies[k] || len(k) > 3 && pluralInS(k) && !businessLines[k] {
			return true
		}
	}
	return false
}

// openedOrg returns the one organisation whose name c's opens, when c is
// such a short form taken for a person, or nil.
func openedOrg(ents []*cand, c *cand) *cand {
	words := strings.Fields(c.name)
	if c.kind != Person || c.prefix != "" || len(words) < 2 || isGivenName(words[0]) {
		return nil
	}
	var found *cand
	for _, o := range ents {
		if o == c {
			break // discovery keeps names in the order the article first writes them
		}
		if o.kind != Organisation || !strings.HasPrefix(o.name, c.name+" ") || namesItsMembers(o.name[len(c.name):]) {
			continue
		}
		if found != nil {
			return nil // two organisations open so: not known which
		}
		found = o
	}
	return found
}
