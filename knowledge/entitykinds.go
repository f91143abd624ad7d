package knowledge

import "strings"

// lawHeads end the names of laws and documents (the LAW class of the
// OntoNotes 5.0 named-entity guidelines: "Fourth Amendment", "Emergency
// Conflagration Act"). The kinds have no class for laws: such a name is
// kept as an organisation's, a named institution, never a person's, and
// goes by no short name.
var lawHeads = toSet("act", "amendment", "constitution", "treaty", "statute", "charter",
	"code", "accord", "accords", "convention", "ordinance", "resolution")

// facilityHeads end the names of buildings and grounds (the FAC class of
// the OntoNotes 5.0 named-entity guidelines).
var facilityHeads = toSet("stadium", "arena", "center", "centre", "field", "theater", "theatre",
	"museum", "library", "hospital", "church", "cathedral", "hotel", "plaza", "mall", "court",
	"courthouse", "capitol", "building", "tower", "campus", "gardens", "coliseum", "dome")

// placeOpeners open the names of places and never a person's: the
// compass points and "New" of English place names ("North Dakota", "East
// Africa", "New England"; the U.S. Board on Geographic Names' generic
// modifiers), none a given name.
var placeOpeners = toSet("new", "north", "south", "east", "west")

// settleKinds retypes the names discovery took for people that are not
// people, drops the surname alias such a name was given ("Stadium" of
// "Riverfront Stadium"), gives a long organisation's name its initials as
// discovery does, gives two-word organisations their short names and
// people the first names the article calls them by (firstname.go),
// and reports whether any alias changed, so mentions must be found again.
func settleKinds(d *doc, cands []*cand) bool {
	changed := false
	for i, c := range cands {
		if c.kind != Person {
			continue
		}
		if k, ok := notAPerson(d, i, c, cands); ok {
			c.aliases = withoutFold(c.aliases, c.surname())
			c.kind = k
			if k == Organisation && capitalisedWords(c.name) >= 3 && !isEventName(c.name) && !lawHeads[tokKey(c.surname())] {
				addAlias(c, initials(c.name)) // as discovery gives an organisation ("U.S. Geological Survey" is "USGS")
			}
			changed = true
		}
	}
	lead := addLeadWordAliases(d, cands)
	first := addFirstNameAliases(d, cands)
	return lead || first || changed
}

// withoutFold returns list without s, ignoring case.
func withoutFold(list []string, s string) []string {
	var out []string
	for _, x := range list {
		if !strings.EqualFold(x, s) {
			out = append(out, x)
		}
	}
	return out
}

// notAPerson reports what a name taken for a person is instead: an
// organisation when a law's head noun or a plural party noun ends it
// ("Fourth Amendment", "Senate Democrats"), an appositive calls it a body
// ("Civic Ledger, a nonpartisan group"; "Red Mesa Pipeline, one of the
// largest gas companies"), an event's head noun ends it
// ("Cache Creek Fire"), another person's title opens with it ("Cascade Air
// CEO Melissa Hart"), another person's surname that is no given name
// opens it ("Hollins Hardware"), a post's of-phrase holds it ("the chief
// executive of Harbor Freightways", ofbodyhead.go) or a place's name that
// is no given name leads it, a place when it ends with
// a facility's head noun ("Riverfront Stadium") or, unless it has a title
// or opens with a given name ("Jane Park"), a place's, and an organisation when
// the article writes it after "the" ("the Sacramento Condors", "the
// 10-woman Tacoma Tide"), which English does not do with a person's name
// (a decade is no premodifier: "in the 1970s Delacroix", decadephrase.go).
func notAPerson(d *doc, ent int, c *cand, cands []*cand) (EntityKind, bool) {
	words := strings.Fields(c.name)
	if len(words) > 1 && c.prefix == "" && namesPlace(cands, words[0]) && !isGivenName(words[0]) {
		return Organisation, true // "Sacramento Condors": a place's name leads a team's or a firm's, not a person's
	}
	if c.prefix == "" && placeLedName(cands, words) {
		return Organisation, true // "Salish Sea Excursions" (placeledname.go)
	}
	last := strings.ToLower(words[len(words)-1])
	if len(words) > 1 && (lawHeads[last] || strings.HasSuffix(last, "s") && demonyms[last]) {
		return Organisation, true // "Fourth Amendment"; "Senate Democrats", a party's members
	}
	if orgAppositive(d, ent) || partitiveOrgAppositive(d, ent) || isEventName(c.name) || employsPerson(cands, c) || familyFirm(cands, c) || ofBodyHead(d, ent, c) {
		return Organisation, true // a body, an event ("the Juniper Fire"), an employer, a family's business
	}
	if kind, ok := appositiveBodyKind(d, ent); ok {
		return kind, true // "Brennan Cole, a small studio"; "Wade Hollis, a farm town" (appositivebody.go)
	}
	if bodyBeforeName(d, ent) {
		return Organisation, true // "a charity she founded, Open Door Outreach" (bodybeforename.go)
	}
	if establishmentAppositive(d, ent) {
		return Organisation, true // "Tull Provisions, a sandwich shop" (establishmentappositive.go)
	}
	if placeShaped(c, words, last) || placeByPreposition(d, ent, c) {
		return Place, true // "Riverfront Stadium"; "at his home in Broken Arrow" (placebypreposition.go)
	}
	if c.prefix == "" && writtenAsBody(d, ent, c) {
		return Organisation, true
	}
	return "", false
}

// writtenAsBody reports whether a mention of the name stands after "the"
// or after a classifying noun ("the journal Neurology Today"), as a
// body's name does and a person's does not; a mention that modifies a
// noun ("the Trump campaign") or names a family ("the Haugens",
// familyplural.go) does not count.
func writtenAsBody(d *doc, ent int, c *cand) bool {
	for k, ms := range d.mentions {
		p := &d.paras[k]
		for _, m := range ms {
			if m.ent != ent || modifiesNoun(p, m) || familyPlural(p, m, c) {
				continue
			}
			if classifiedOrg(p, m.i) {
				return true
			}
			b := m.i - 1
			if b >= 1 && numberedPremodifier(p, b, m.i) {
				b-- // "the 10-woman Tacoma Tide"; "The runner-up, Tom Beck" is an appositive, no premodifier
			}
			if b >= 0 && strings.EqualFold(p.toks[b].s, "the") && p.toks[b].sent == p.toks[m.i].sent {
				return true
			}
		}
	}
	return false
}

// placeShaped reports whether a name of two or more words is a place's by
// its shape: a facility's head noun ends it ("Riverfront Stadium"), or,
// with no title, a place's head noun ends it and no given name opens it
// ("Pike Falls"), or a compass point or "New" opens it ("New England",
// "East Africa"; "North American" is an adjective).
func placeShaped(c *cand, words []string, last string) bool {
	if len(words) < 2 {
		return false
	}
	return facilityHeads[last] || c.prefix == "" && (placeHeads[last] && !isGivenName(words[0]) ||
		placeOpeners[tokKey(words[0])] && !demonyms[last])
}

// namesPlace reports whether w is a place's name: in the gazetteer, or a
// place the article names.
func namesPlace(cands []*cand, w string) bool {
	if places[tokKey(w)] != "" {
		return true
	}
	for _, c := range cands {
		if c.kind == Place && aliasKey(c.name) == tokKey(w) {
			return true
		}
	}
	return false
}

// modifiesNoun reports whether the name of mention m stands before a
// lower-case word of its sentence, as a modifier of that noun ("the Trump
// campaign"). A number is no noun ("the Tacoma Tide 3-1"), nor is a stop
// word ("the Spokane Otters on Sunday"), and a word in -ed is a past-tense
// verb the name is subject of ("The Red Cross opened"), and a preposition
// opens a phrase that postmodifies the name ("the Switchback Diner outside
// the park's west entrance"), never a head noun the name premodifies.
func modifiesNoun(p *para, m mention) bool {
	if m.j >= len(p.toks) || p.toks[m.j].sent != p.toks[m.i].sent {
		return false
	}
	w := p.toks[m.j].s
	if isCapitalised(w) || strings.ContainsAny(p.text[p.toks[m.j-1].end:p.toks[m.j].start], ",.;:") {
		return false
	}
	r := w[0]
	return r >= 'a' && r <= 'z' && !strings.HasSuffix(w, "ed") && !stopwords[tokKey(w)] && !simplePrepositions[tokKey(w)]
}

// simplePrepositions are the simple prepositions of Quirk et al. 1985,
// §9.7, that the stop words leave out: after a name each opens a
// prepositional phrase, so no name before one premodifies a noun.
var simplePrepositions = toSet("outside", "inside", "near", "behind", "beyond", "across", "around",
	"along", "alongside", "among", "amid", "amidst", "atop", "beside", "besides", "toward", "towards",
	"against", "through", "throughout", "upon", "above", "below", "beneath", "between", "past",
	"underneath", "within", "without", "despite", "except", "like", "unlike", "opposite")

// union is the set of the words in any of sets.
func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}

// addLeadWordAliases gives a two-word organisation its first word alone
// as a short name, as a story calls a team or a firm on second reference
// ("the Tacoma Tide" is "Tacoma", "AeroTech Services" is "AeroTech"), and
// reports whether it gave any. The article must write the first word
// alone, or the second must be a plural nickname, as sports writing names
// a team by its town ("the Spokane Otters" are "Spokane"); a story that
// only writes "Civic Ledger" never shortens it, whose first word may be a
// common adjective. The first word must be no body's or place's head
// noun ("Senate Democrats") or a place's head noun unless written alone
// inside a sentence ("Harbor Foods"), no place in the gazetteer, no word the
// article writes in lower case, and no other entity's name or alias.
func addLeadWordAliases(d *doc, cands []*cand) bool {
	lower := lowerCaseWords(d)
	added := false
	for _, c := range cands {
		f := strings.Fields(c.name)
		if c.kind != Organisation || len(f) != 2 || !isCapitalised(f[0]) || isAcronym(f[0]) || isDottedAcronym(f[0]) || lawHeads[tokKey(f[1])] {
			continue
		}
		k := tokKey(f[0])
		if lower[k] || stopwords[k] || leadWords[k] || demonyms[k] || isTitleToken(f[0]) || places[k] != "" || orgHeads[k] || placeHeads[k] && !usedAloneInside(d, k, tokKey(f[1])) ||
			containsFold(c.aliases, f[0]) || namedElsewhere(cands, c, k) {
			continue
		}
		if !usedAlone(d, k, tokKey(f[1])) && (orgHeads[tokKey(f[1])] || !teamNickname(f[1])) {
			continue
		}
		c.aliases = append(c.aliases, f[0])
		added = true
	}
	return added
}

// namedElsewhere reports whether k is the key of an entity other than c,
// of one of its aliases, or of the first word of another name.
func namedElsewhere(cands []*cand, c *cand, k string) bool {
	for _, o := range cands {
		if o == c {
			continue
		}
		if aliasKey(o.name) == k || tokKey(strings.Fields(o.name)[0]) == k {
			return true
		}
		for _, a := range o.aliases {
			if aliasKey(a) == k {
				return true
			}
		}
	}
	return false
}

// usedAlone reports whether the article writes the capitalised word keyed
// k other than before the word keyed next.
func usedAlone(d *doc, k, next string) bool {
	for pi := range d.paras {
		toks := d.paras[pi].toks
		for i, t := range toks {
			if tokKey(t.s) == k && isCapitalised(t.s) && (i+1 == len(toks) || tokKey(toks[i+1].s) != next) {
				return true
			}
		}
	}
	return false
}

// usedAloneInside reports whether the article writes the capitalised word
// keyed k alone, not before the word keyed next, inside a sentence, where
// only a name is capitalised: "advised Harbor;" shortens "Harbor Foods",
// where a sentence's first word ("Harbor officials said") may be a
// common noun capitalised by its place.
func usedAloneInside(d *doc, k, next string) bool {
	for pi := range d.paras {
		p := &d.paras[pi]
		for i, t := range p.toks {
			if i == 0 || tokKey(t.s) != k || !isCapitalised(t.s) || i+1 < len(p.toks) && tokKey(p.toks[i+1].s) == next {
				continue
			}
			if g := strings.TrimSpace(p.gap(i)); !strings.HasSuffix(g, ".") && !strings.ContainsAny(g, "—\"“") {
				return true
			}
		}
	}
	return false
}

// orgAppositive reports whether the article describes entity ent, right
// after its name, as a body: ", a nonpartisan group", ", an advocacy
// organization" (an indefinite appositive whose head noun, the last before
// a comma or a function word, is an organisation's: not ", a school bus
// driver", whose head is "driver"; Quirk et al., §17.104).
func orgAppositive(d *doc, ent int) bool {
	return anyIndefiniteAppositive(d, ent, func(p *para, j int) bool {
		head := -1
		for x := j; x < len(p.toks) && x <= j+3 && spaceOnly(p.gap(x)) && !stopwords[tokKey(p.toks[x].s)]; x++ {
			head = x
		}
		return head > 0 && orgHeads[tokKey(p.toks[head].s)] && !personHeads[tokKey(p.toks[head].s)] && !isCapitalised(p.toks[head].s)
	})
}

// partitiveOrgAppositive reports whether the article describes entity
// ent, right after its name, as one of a class of bodies: ", one of the
// largest trucking companies" (a partitive appositive, Quirk et al.,
// §17.72 on appositives of the form "one of …": it puts the name in the
// class its plural head names). The head is the last word before a comma
// or a function word, and its singular ("companies": company) heads
// organisations' names or names a business.
func partitiveOrgAppositive(d *doc, ent int) bool {
	for k, ms := range d.mentions {
		p := &d.paras[k]
		for _, m := range ms {
			j := m.j
			if m.ent != ent || j+3 >= len(p.toks) || strings.TrimSpace(p.gap(j)) != "," || tokKey(p.toks[j].s) != "one" || tokKey(p.toks[j+1].s) != "of" {
				continue
			}
			head := ""
			for x := j + 2; x < len(p.toks) && x <= j+7 && spaceOnly(p.gap(x)); x++ {
				w := tokKey(p.toks[x].s)
				if x > j+2 && stopwords[w] {
					break
				}
				head = w
			}
			for _, sg := range []string{strings.TrimSuffix(head, "s"), strings.TrimSuffix(head, "es"), strings.TrimSuffix(head, "ies") + "y"} {
				if sg != head && (orgHeads[sg] || appositiveBodyHeads[sg]) {
					return true
				}
			}
		}
	}
	return false
}

// anyIndefiniteAppositive reports whether ok holds of some indefinite
// appositive right after a naming of entity ent (", a …", ", an …"),
// given the paragraph and the index of the appositive's first word
// after its article.
func anyIndefiniteAppositive(d *doc, ent int, ok func(p *para, j int) bool) bool {
	return anyAppositive(d, ent, false, ok)
}

// anyAppositive is anyIndefiniteAppositive that, when definite, also
// takes an appositive opening with "the" (", the county seat").
func anyAppositive(d *doc, ent int, definite bool, ok func(p *para, j int) bool) bool {
	for k, ms := range d.mentions {
		p := &d.paras[k]
		for _, m := range ms {
			if m.ent != ent || m.j+1 >= len(p.toks) || strings.TrimSpace(p.gap(m.j)) != "," {
				continue
			}
			if det := tokKey(p.toks[m.j].s); (det == "a" || det == "an" || definite && det == "the") && ok(p, m.j+1) {
				return true
			}
		}
	}
	return false
}

// personHeads are the organisations' head nouns whose first sense in
// lower case is a person (WordNet guard n.1, "a person who keeps watch
// over something"; guardian n.1, "a person who cares for persons or
// property"): the National Guard is a body, "a senior guard" a player.
var personHeads = toSet("guard", "guardian")

// teamNickname reports whether w is a plural nickname ("Otters",
// "Peaks"): a capitalised plural in -s.
func teamNickname(w string) bool {
	return isCapitalised(w) && pluralInS(w)
}

// pluralInS reports whether w reads as a regular plural: it ends in -s,
// not in -ss ("Otters", "Tenants"; not "Congress").
func pluralInS(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// classifiedOrg reports whether the name at token i follows "the", up to
// two lower-case premodifiers, and a lower-case noun that heads
// organisations' names or names a business ("the journal Neurology
// Today", "the agency FEMA", "the accounting firm Moss Adams"): a definite
// noun before a proper name classifies it, in close apposition (Quirk et
// al., "close apposition"), so the name is of that noun's kind.
func classifiedOrg(p *para, i int) bool {
	if i < 2 || p.toks[i-2].sent != p.toks[i].sent || !closeApposition(p, i) {
		return false
	}
	n := p.toks[i-1].s
	if isCapitalised(n) || !orgHeads[n] && !appositiveBodyHeads[n] {
		return false
	}
	for b := i - 2; b >= 0 && b >= i-4 && p.toks[b].sent == p.toks[i].sent && spaceOnly(p.gap(b+1)); b-- {
		w := p.toks[b].s
		if strings.EqualFold(w, "the") {
			return true
		}
		if isCapitalised(w) || stopwords[tokKey(w)] || possessiveAt(p, b) {
			return false
		}
	}
	return false
}
