package knowledge

import "strings"

// eventNameHeads end the names of events: named fires, storms, floods, wars
// and battles (the EVENT class of the OntoNotes 5.0 named-entity
// guidelines: "Hurricane Katrina", "the Camp Fire", "World War II"). The
// kinds have no class for events: such a name is kept as an
// organisation's, never a person's, and is spelled by no initials, which
// news writing does not give an event.
var eventNameHeads = toSet("fire", "fires", "wildfire", "complex", "storm", "hurricane",
	"typhoon", "cyclone", "tornado", "flood", "earthquake", "quake", "war", "battle",
	"massacre", "uprising", "revolution", "olympics")

// isEventName reports whether name ends in an event's head noun, or opens
// with one before a name that is no given name of a person: a storm is
// named with its class first ("Hurricane Katrina", "Typhoon Haiyan"; AP
// Stylebook, "hurricane names"), a person named Storm is not.
func isEventName(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && (eventNameHeads[tokKey(f[len(f)-1])] || eventNameHeads[tokKey(f[0])] && !isGivenName(f[0]))
}

// IsEventName reports whether name is an event's (see isEventName): a
// named fire or storm is kept as an organisation, but does nothing an
// organisation does.
func IsEventName(name string) bool { return isEventName(name) }

// namedDay reports whether run names a day, not an entity: two or more
// words ending in "Day" whose first is no given name ("Election Day",
// "Labor Day", "Veterans Day"), the named days of the OntoNotes 5.0 DATE
// class. "Doris Day" is a person.
func namedDay(run []token) bool {
	return len(run) > 1 && tokKey(run[len(run)-1].s) == "day" && !isGivenName(run[0].s)
}

// employsPerson reports whether another person's title opens with the
// name of c and goes on with a title word ("Cascade Air CEO Melissa
// Hart"): the title of an office in a body, which a person's name does
// not head.
func employsPerson(cands []*cand, c *cand) bool {
	for _, o := range cands {
		if o == c || o.kind != Person || !strings.HasPrefix(o.prefix, c.name+" ") {
			continue
		}
		for _, w := range strings.Fields(strings.TrimPrefix(o.prefix, c.name+" ")) {
			if isTitleToken(w) {
				return true
			}
		}
	}
	return false
}

// familyFirm reports whether c's name opens with the surname of another
// person the article names and that word is no given name ("Hollins
// Hardware" beside "Greg Hollins"): a person's name opens with a given
// name, a business named for a family with the family's name.
func familyFirm(cands []*cand, c *cand) bool {
	f := strings.Fields(c.name)
	if len(f) < 2 || isGivenName(f[0]) || c.prefix != "" {
		return false
	}
	for _, o := range cands {
		if o != c && o.kind == Person && len(strings.Fields(o.name)) > 1 && strings.EqualFold(o.surname(), f[0]) {
			return true
		}
	}
	return false
}

// capitalisedWords counts the capitalised words of a name, a hyphenated
// word's parts apart: the words its initials would spell.
func capitalisedWords(name string) int {
	n := 0
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if isCapitalised(w) {
			n++
		}
	}
	return n
}

// personShaped reports whether run, ending in a place's head noun, names a
// person whose surname is that noun ("Jane Park"): a title stands before a
// given name ("Dr. Lee Park"), or a given name opens two words and an age
// follows them (", 41,") or the article writes the last word alone beside
// a speech verb ("Park said"), as AP style cites a person on second
// reference by surname alone.
func (ds *discovery) personShaped(p *para, run []token, j int) bool {
	t := lastTitle(run)
	if t >= 0 {
		return t+2 < len(run) && isGivenName(run[t+1].s)
	}
	if len(run) != 2 || !isGivenName(run[0].s) || afterPlacePreposition(p, run[0]) {
		return false
	}
	return ds.saidWords[tokKey(run[1].s)] || ageAfter(p, j)
}

// placePrepositions are the prepositions of position and direction that
// put a noun phrase in place ("near Grant Park"). Source: Quirk et al., A
// Comprehensive Grammar, 9.15-9.26, on prepositions of place.
var placePrepositions = toSet("in", "at", "near", "on", "to", "from", "into", "onto", "across",
	"outside", "inside", "toward", "towards", "through", "along", "past", "beside", "behind")

// afterPlacePreposition reports whether a preposition of place stands
// right before token t of p.
func afterPlacePreposition(p *para, t token) bool {
	for x := 1; x < len(p.toks); x++ {
		if p.toks[x].start == t.start {
			prev := p.toks[x-1]
			return prev.sent == t.sent && spaceOnly(p.gap(x)) && placePrepositions[prev.s]
		}
	}
	return false
}

// ageAfter reports whether an age in commas follows the run ending before
// token j: "Jane Park, 41, said".
func ageAfter(p *para, j int) bool {
	if j >= len(p.toks) || strings.TrimSpace(p.gap(j)) != "," || j+1 < len(p.toks) && strings.TrimSpace(p.gap(j+1)) != "," {
		return false
	}
	w := p.toks[j].s
	return len(w) > 0 && len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

// addTitledPerson adds the person a run names after its title, if any.
func (ds *discovery) addTitledPerson(p *para, run []token) {
	t := lastTitle(run)
	c := ds.add(joinRun(p, run[t+1:]), Person)
	if t >= 0 && c.prefix == "" {
		c.prefix = joinRun(p, run[:t+1])
		ds.addTitlePlaces(run[:t+1])
	}
}

// speakerWords returns the capitalised words d writes just before or after
// a speech verb ("Park said", "said Park"): names cited by a speaker.
func speakerWords(d *doc) map[string]bool {
	out := map[string]bool{}
	for k := range d.paras {
		toks := d.paras[k].toks
		for i, t := range toks {
			if !speechVerbs[tokKey(t.s)] {
				continue
			}
			for _, x := range []int{i - 1, i + 1} {
				if x >= 0 && x < len(toks) && toks[x].sent == t.sent && isCapitalised(toks[x].s) {
					out[tokKey(toks[x].s)] = true
				}
			}
		}
	}
	return out
}

// stateAfterTown reports whether token x of p is a U.S. state's AP
// abbreviation written after a town and a comma ("in Tulsa, Okla."). The
// AP Stylebook ("state names") sets a comma after the state when the
// sentence goes on ("Tulsa, Okla., on Monday"), so a capitalised word
// right after it opens a new sentence and no name runs on ("Tulsa, Okla.
// Work records show").
func stateAfterTown(p *para, x int) bool {
	w := p.toks[x].s
	if x < 1 || !strings.HasSuffix(w, ".") || strings.Count(w, ".") != 1 || strings.Contains(w, "-") || USState(w) == "" {
		return false
	}
	return strings.TrimSpace(p.gap(x)) == "," && isCapitalised(p.toks[x-1].s)
}
