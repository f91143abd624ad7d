package knowledge

import (
	"slices"
	"strings"
)

// placeLeads open the names of places: the generic term of a natural
// feature or a settlement written before its specific name ("Lake
// Superior", "Mount Rainier", "Fort Worth", "Cape Cod", "Point Reyes"), the generic terms
// of the U.S. Geological Survey's Geographic Names Information System that
// stand first. A name they open is a place's, not a person's.
var placeLeads = toSet("lake", "mount", "mt", "fort", "ft", "port", "cape", "point", "isle", "glacier")

// saintWords open a name given for a saint ("St. Paul", "St. Brendan's
// Medical Center"): the AP Stylebook ("Saint") abbreviates Saint as St.
// in the names of saints, cities and other places, and a church, a
// hospital or a school named for a saint takes the saint's name, often in
// the possessive. No living person's name opens with it.
var saintWords = toSet("st", "saint")

// roadHeads name numbered roads ("State Highway 27", "Route 9",
// "Interstate 90"): the AP Stylebook's highway designations, whose number
// follows the word and belongs to the name.
var roadHeads = toSet("highway", "route", "interstate")

// numberedBodyHeads are the capitalised nouns a figure completes into the
// name of a measure or a body, not a place: a bill, a ballot measure or
// question, an amendment or ordinance, and a union local ("Senate Bill
// 214", "Measure 110", "Proposition 1", "Teamsters Local 174"; the AP
// Stylebook writes these designations with a figure: "legislation",
// "numerals", and "local" for union locals). The kinds have no class for
// laws, so such a name is kept as an organisation's (entitykinds.go).
var numberedBodyHeads = toSet("bill", "measure", "proposition", "question", "initiative",
	"amendment", "ordinance", "resolution", "local")

// opensSaintName reports whether w is "St." or "Saint", which opens a
// saint's name.
func opensSaintName(w string) bool {
	return saintWords[tokKey(w)] && isCapitalised(w)
}

// placeByLead adds run as a place when its first word is a place's
// generic term or a saint's title, or as an organisation when it also
// ends in a body's or a building's head noun ("St. Brendan's Medical
// Center"), and reports whether it did. A run that holds a title word
// names an office and its holder ("Port Commissioner Helen Marsh"), left
// alone.
func (ds *discovery) placeByLead(p *para, run []token) bool {
	if len(run) < 2 || !(placeLeads[tokKey(run[0].s)] || opensSaintName(run[0].s)) || lastTitle(run) >= 0 {
		return false
	}
	last := tokKey(run[len(run)-1].s)
	if orgHeads[last] || facilityHeads[last] {
		c := ds.add(joinRun(p, run), Organisation)
		if len(run) > 2 && bare(run[1].s) != run[1].s && opensSaintName(run[0].s) {
			addAlias(c, joinRun(p, run[:2])) // "St. Brendan's" for its hospital on second reference
		}
		return true
	}
	ds.add(joinRun(p, run), Place)
	return true
}

// roadNumberEnd returns the end of a numbered road's name when run,
// ending before token j, ends in a road's head word and a number follows
// it ("State Highway 27"), or j when it does not.
func roadNumberEnd(p *para, run []token, j int) int {
	return numberedEnd(p, run, j, roadHeads)
}

// numberedEnd returns the end of a name that run, ending before token j,
// ends in one of heads, followed by a number ("State Highway 27", "Senate
// Bill 214"), or j when it does not.
func numberedEnd(p *para, run []token, j int, heads map[string]bool) int {
	if len(run) == 0 || j >= len(p.toks) || !heads[tokKey(run[len(run)-1].s)] || bare(run[len(run)-1].s) != run[len(run)-1].s {
		return j
	}
	n := p.toks[j]
	if n.sent != run[0].sent || !spaceOnly(p.gap(j)) || !allDigits(strings.TrimSuffix(bare(n.s), ".")) {
		return j
	}
	return j + 1
}

// partyTown reads a party-and-hometown tag, as the AP Stylebook ("party
// affiliation") writes one for a state legislator after the name: "Sen.
// Carl Hedberg, R-Alder Creek," gives the town "Alder Creek". The run must
// open with a party letter, a hyphen and a capitalised word, right after
// a comma; ok is false otherwise.
func partyTown(p *para, run []token) (string, bool) {
	w := run[0].s
	if len(w) < 3 || w[1] != '-' || strings.IndexByte("RDI", w[0]) < 0 || !isCapitalised(w[2:]) {
		return "", false
	}
	x := tokenIndex(p, run[0])
	if x < 1 || strings.TrimSpace(p.gap(x)) != "," {
		return "", false
	}
	return joinRun(p, run)[2:], true
}

// tokenIndex returns the index in p of token t, or -1.
func tokenIndex(p *para, t token) int {
	for x := range p.toks {
		if p.toks[x].start == t.start {
			return x
		}
	}
	return -1
}

// addPartyTown adds the town of a party-and-hometown tag as a place with
// the tag's town as written, and reports whether run was one.
func (ds *discovery) addPartyTown(p *para, run []token) bool {
	town, ok := partyTown(p, run)
	if !ok {
		return false
	}
	if _, state := partyState(run[0].s); state && len(run) == 1 {
		return false // "R-Ariz.": a state, added by addPartyState
	}
	ds.add(strings.TrimSuffix(town, "."), Place)
	return true
}

// dayNamesPlace reports whether the weekday at x of run opens a place's
// name, a place's head noun following it ("Friday Harbor"): a day of the
// week is never followed by one.
func dayNamesPlace(run []token, x int) bool {
	return weekdays[tokKey(run[x].s)] && x+1 < len(run) && placeHeads[tokKey(run[x+1].s)]
}

// birthName reads the participle opener of an obituary, "Born Harold
// Eugene Brandt in Duluth, …": the participle clause's subject is the
// main clause's, the person the story is about, and the name is that
// person's at birth. It returns the name's run, or nil.
func birthName(run []token) []token {
	if len(run) < 3 || run[0].s != "Born" {
		return nil
	}
	return run[1:]
}

// foldBirthNames makes each birth name an alias of the other person with
// the same surname ("Harold Eugene Brandt" of "Hal Brandt"), dropping its
// own entity, and returns the entities left.
func foldBirthNames(ents []*cand, births map[string]bool) []*cand {
	var kept []*cand
	for _, c := range ents {
		if births[c.name] && c.kind == Person {
			if o := sameSurname(ents, c); o != nil {
				addAlias(o, c.name)
				continue
			}
			if o := keptGivenName(ents, c); o != nil {
				addAlias(o, c.name)
				continue // "Born Ruth Ann Carter" of "Ruth Okafor": a maiden name
			}
		}
		kept = append(kept, c)
	}
	return kept
}

// keptGivenName returns the one other person of more than one word whose
// first name is a given name of birth name c other than its surname
// ("Ruth Okafor" for "Ruth Ann Carter", "June Marlow" for "Mary June
// Kessler"), or nil: a woman's obituary gives her maiden name, whose
// surname is not her married one (AP Stylebook, "obituaries"; "nee"),
// while she keeps a given name she went by.
func keptGivenName(ents []*cand, c *cand) *cand {
	given := strings.Fields(c.name)
	given = given[:len(given)-1]
	var found *cand
	for _, o := range ents {
		f := strings.Fields(o.name)
		if o == c || o.kind != Person || len(f) < 2 || !slices.ContainsFunc(given, func(g string) bool { return strings.EqualFold(g, f[0]) }) {
			continue
		}
		if found != nil {
			return nil
		}
		found = o
	}
	return found
}

// sameSurname returns the first other person of more than one word whose
// surname is c's, or nil.
func sameSurname(ents []*cand, c *cand) *cand {
	for _, o := range ents {
		if o != c && o.kind == Person && len(strings.Fields(o.name)) > 1 && strings.EqualFold(o.surname(), c.surname()) {
			return o
		}
	}
	return nil
}
