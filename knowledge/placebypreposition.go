package knowledge

import "strings"

// A place known by its preposition. "In" before a proper name puts
// something inside an area: a town, a county, a country ("at his home in
// Broken Arrow"; Quirk et al., A Comprehensive Grammar, §9.17, on "in" of
// position in an area or volume), and "near" and "outside" put it beside
// one (§9.25). A person is not a place one is in, so a name with no title,
// whose first word is no given name, and which the article writes only
// after these prepositions, never in the possessive, is a place's name.
var areaPrepositions = toSet("in", "near", "outside")

// onlyInArea reports whether every mention of ent follows an area
// preposition in its sentence and none is possessive.
func onlyInArea(d *doc, ent int) bool {
	seen := false
	for k, ms := range d.mentions {
		p := &d.paras[k]
		for _, m := range ms {
			if m.ent != ent {
				continue
			}
			at := placeGenitiveStart(p, m.i) // "in San Diego's Barrio Logan"
			if at < 1 || p.toks[at-1].sent != p.toks[m.i].sent || !areaPrepositions[p.toks[at-1].s] {
				return false
			}
			if last := p.toks[m.j-1].s; bare(last) != last {
				return false // "in Hale's office": the person whose office it is
			}
			seen = true
		}
	}
	return seen
}

// placeByPreposition reports whether c, taken for a person, is a place by
// the prepositions the article writes before it.
func placeByPreposition(d *doc, ent int, c *cand) bool {
	words := strings.Fields(c.name)
	return c.prefix == "" && len(words) > 1 && !isGivenName(words[0]) && onlyInArea(d, ent)
}

// placeGenitiveStart is where the gazetteer place in the genitive right
// before token i begins ("in San Diego's Barrio Logan": the city's
// genitive locates a part of it, a neighbourhood or a landmark, as "of
// San Diego" would; Quirk et al. 1985, §5.116 on the genitive of
// location), so the preposition before it is the name's; i when no
// such genitive stands there.
func placeGenitiveStart(p *para, i int) int {
	if i < 1 || bare(p.toks[i-1].s) == p.toks[i-1].s {
		return i
	}
	for start := i - 1; start >= 0 && start >= i-3 && isCapitalised(p.toks[start].s); start-- {
		if places[aliasKey(joinRun(p, p.toks[start:i]))] != "" {
			return start
		}
	}
	return i
}
