package knowledge

import (
	"sort"
	"strings"
	"unicode"
)

// cand is an entity while it is being discovered.
type cand struct {
	name    string
	kind    EntityKind
	aliases []string
	prefix  string // title written before the name, e.g. "U.S. Attorney-General"
}

// surname returns the last word of a person's name.
func (c *cand) surname() string {
	f := strings.Fields(c.name)
	return f[len(f)-1]
}

// titleWords are nouns of office and honorifics that precede or describe
// a person. Hyphenated titles match by any part ("Attorney-General").
var titleWords = toSet(
	"president", "vice", "senator", "sen", "representative", "rep", "congressman",
	"congresswoman", "governor", "gov", "mayor", "secretary", "minister", "ambassador",
	"adviser", "advisor", "attorney", "general", "gen", "spokeswoman", "spokesman",
	"spokesperson", "chairman", "chairwoman", "chair", "director", "chief", "head",
	"leader", "judge", "justice", "speaker", "official", "officer", "commander",
	"colonel", "col", "lieutenant", "lt", "sergeant", "sgt", "captain", "capt", "admiral",
	"adm", "maj", "major", "professor", "prof", "dr", "doctor", "mr", "mrs", "ms",
	"chancellor", "premier", "king", "queen", "prince", "princess", "pope", "manager",
	"editor", "reporter", "correspondent", "analyst", "aide", "deputy", "envoy",
	"diplomat", "counsel", "prosecutor", "sheriff", "ceo", "founder", "candidate",
	"nominee", "lawmaker", "economist", "scientist", "coach", "lawyer", "attorney-general",
	"author", "researcher", // occupational descriptors a study story puts before a name ("Co-author Tomasz Wierzbicki")
	// descriptive nouns, not formal titles, that AP style writes lowercase
	// before a name ("resident Ana Diaz"; AP Stylebook, "titles":
	// occupational and descriptive titles are lowercase) and that are
	// capitalised only when they open a sentence ("Resident Ana Diaz, 62,")
	"resident", "parent", "volunteer", "student", "teacher", "nurse", "farmer",
	"homeowner", "neighbor", "neighbour", "shopper", "voter", "witness", "passenger",
	"commuter", "motorist", "survivor", "customer", "patient", "tenant", "librarian",
	"firefighter", "engineer", "pastor", "mechanic", "cashier",
	"rev", "father", "sister", "brother", "detective", "inspector", "superintendent",
	"strategist", "treasurer", "comptroller", "commissioner", "chairperson", "emir", "sheikh",
	"executive", "ceo", "cfo", "coo", "owner", "president-elect", "chancellor", "governor-general",
	// U.S. county and municipal offices, and a juror's role
	"clerk", "juror", "assessor", "auditor", "recorder", "coroner", "marshal", "constable",
	"councilman", "councilwoman", "councilmember", "councilor", "councillor", "alderman",
	"alderwoman", "selectman", "selectwoman", "supervisor", "trustee",
	// a seat on a body, after the body's name ("City Council member Janet
	// Ruiz", "school board member Luis Ortega"; AP Stylebook, "titles":
	// the body's name is kept, the descriptive noun lowercase)
	"member",
	// the rank of federal law enforcement officers ("FBI Special Agent";
	// AP Stylebook, "FBI")
	"agent",
	// military titles the AP Stylebook abbreviates before a name that the
	// words above lack ("military titles": "Lt. Cmdr.", "Cpl.", "Pfc.")
	"cmdr", "cpl", "corporal", "pfc", "pvt", "spc", "ensign", "airman",
	// kinship nouns, which name a person in apposition like a title
	// ("her husband, Dev"); English kinship terms.
	"husband", "wife", "son", "daughter", "mother", "widow", "widower",
)

// honorifics are short titles dropped from the end of a role ("National
// Security Adviser Gen." is a National Security Adviser).
var honorifics = toSet("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col",
	"sgt", "capt", "adm", "maj", "prof", "rev", "cmdr", "supt")

// orgHeads end an organisation's name.
var orgHeads = toSet(
	"committee", "commission", "council", "agency", "department", "ministry", "office",
	"bureau", "service", "services", "post", "times", "journal", "news", "tribune", "herald",
	"guardian", "telegraph", "gazette", "press", "network", "university", "college",
	"institute", "party", "administration", "senate", "house", "congress", "parliament",
	"court", "bank", "inc", "corp", "corporation", "company", "group", "association",
	"foundation", "union", "federation", "organization", "organisation", "army", "navy",
	"police", "fund", "board", "panel", "subcommittee", "authority", "assembly", "reserve", "club", "team",
	"cabinet", "kremlin", "pentagon", "church", "school", "hospital", "museum", "airlines",
	"times", "magazine", "radio", "television", "broadcasting", "review", "guard", "force",
	"forces", "corps", "command", "ministry", "bureau", "exchange", "institution", "center",
	"centre", "laboratory", "labs", "holdings", "motors", "airways", "lines", "railway", "railways", "railroad", "railroads", "agency",
	"systems", "technologies", "technology", "solutions", "software", "data", "networks",
	"energy", "pharmaceuticals", "capital", "partners", "ventures", "media", "industries",
	"international", "insurance", "foods", "brands", "games", "studios", "records",
	"entertainment", "communications", "telecom", "electric", "oil", "petroleum", "mining",
	"steel", "commission", "authority", "trust", "fund", "institute", "alliance", "coalition",
	"front", "movement", "council", "tribunal", "ltd", "llc", "plc", "gmbh", "ag", "sa",
	"co", "cos", "local", "research", "associates", "securities", "financial", "analytics",
	"logistics",
	// the last words of American health-care organisations' names, which
	// need not say "hospital" ("Baptist Health", "Mayo Clinic", "Marrow
	// Valley Medical", "Valley Healthcare", "SageWest Health Care"; the
	// American Hospital Association's guide lists systems so named), and
	// the Red Cross
	"health", "medical", "healthcare", "care", "clinic", "cross",
	// the designators and common last words of sports clubs' names: FC,
	// SC, AFC and CF (football club, sporting club, athletic football
	// club, club de fútbol) and United, Athletic, Rovers and Wanderers,
	// as association football names its clubs ("Manchester United",
	// "Wigan Athletic", "Blackburn Rovers")
	"fc", "sc", "afc", "cf", "united", "athletic", "rovers", "wanderers",
	// the last word of airlines' names that need not say "Airlines":
	// "Air", as American carriers certificated under 14 CFR Part 121 name
	// themselves ("Allegiant Air", "Horizon Air", "Endeavor Air", "Atlas
	// Air"; FAA, air carrier certificates)
	"air",
	// the establishments that make food and drink, which end the names of
	// firms that need not say "Company" ("Hartwell Dairy", "Mill Street
	// Brewery"): the establishments the 2022 North American Industry
	// Classification System names in its titles (112120 dairy cattle and
	// milk production, 311512 creamery butter manufacturing, 312120
	// breweries, 312130 wineries, 312140 distilleries); not "bakery"
	// (311811), which cuts "Hale & Daughters Bakery" in two)
	"dairy", "creamery", "brewery", "brewing", "winery", "distillery",
	// a cooperative, which WordNet files under "organization" (cooperative
	// n. 1, "a jointly owned commercial enterprise"), and ends the names
	// its members give it with the noun or its clipping ("Heartland Grain
	// Cooperative", "Valley Food Co-op"; the USDA Rural Development
	// directory of farmer cooperatives writes both)
	"cooperative", "co-op", "coop",
	// the last words of real-estate firms' names, which need not say
	// "Company": the real-estate investment trusts of the Fortune 1000
	// ("Boston Properties", "Highwoods Properties", "Kilroy Realty")
	"properties", "realty",
	// the last words of retail and hospitality chains' names on the
	// Fortune 1000 ("Weis Markets", "Ingles Markets", "Ross Stores",
	// "Darden Restaurants", "Hyatt Hotels")
	"markets", "stores", "restaurants", "hotels",
)

// corporateDesignators end a company's legal name and are dropped on
// second reference (AP Stylebook, "company names": "Halvorsen Foods Inc."
// becomes "Halvorsen Foods", then "Halvorsen").
var corporateDesignators = toSet("inc", "corp", "co", "cos", "corporation", "company", "llc",
	"ltd", "plc", "gmbh", "ag", "sa", "lp", "llp")

// businessLines are the words for a line of business that end companies'
// names without a corporate designator, as the Fortune 500 list writes
// them ("Tyson Foods", "General Motors", "Marathon Petroleum", "Alaska
// Airlines", "Delta Air Lines"); a subset of orgHeads.
var businessLines = toSet("foods", "motors", "industries", "holdings", "brands", "technologies",
	"systems", "solutions", "software", "networks", "energy", "pharmaceuticals", "media",
	"insurance", "studios", "entertainment", "communications", "telecom", "petroleum",
	"mining", "steel", "securities", "financial", "logistics", "airlines", "airways",
	"properties", "realty", "markets", "stores", "restaurants", "hotels", "lines")

// namedAlone reports whether a candidate other than an organisation has
// exactly the name short: the article writes it on its own.
func namedAlone(ents []*cand, short string) bool {
	for _, o := range ents {
		if o.kind != Organisation && o.name == short {
			return true
		}
	}
	return false
}

// CompanyName reports whether name is a company's: it ends in a
// corporate designator ("Halvard Motor Co.", "Lakeshore Pet Supply Inc.")
// or in a line of business ("Prairie Gold Foods").
func CompanyName(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && (corporateDesignators[tokKey(f[len(f)-1])] || businessLines[tokKey(f[len(f)-1])])
}

// placeHeads end a place's name.
var placeHeads = toSet("street", "avenue", "road", "boulevard", "lane", "square", "park",
	"bridge", "river", "lake", "county", "city", "hall", "island", "islands", "mountain",
	"mountains", "valley", "airport", "station", "district", "province", "region", "bay",
	"beach", "harbor", "harbour", "heights", "village", "town", "sea", "ocean", "gulf", "coast",
	// natural and cleared grounds, WordNet's geographic areas and tracts
	"forest", "airfield", "canyon", "meadow",
	// the street designations of the AP Stylebook's "addresses" entry, and
	// WordNet's natural elevations (a range: "a series of hills or
	// mountains") and bodies of running water
	"drive", "terrace", "hill", "hills", "ridge", "peak", "range", "falls", "rapids", "springs", "creek", "stream")

// femaleRoles and maleRoles reveal a person's grammatical gender, used to
// resolve she/he.
var (
	femaleRoles = []string{"woman", "mrs", "ms.", "queen", "princess", "actress", "mother", "wife", "daughter", "sister"}
	maleRoles   = []string{"chairman", "spokesman", "congressman", "mr.", "king", "prince", "father", "husband", "son", "brother"}
)

// leadWords are capitalised at a sentence's start but are not names.
var leadWords = union(toSet("however", "while", "meanwhile", "although", "though", "still",
	"then", "now", "after", "before", "since", "during", "despite", "according", "last",
	"next", "earlier", "later", "today", "yesterday", "tomorrow", "instead", "also",
	"asked", "but", "and", "so", "yet", "if", "when", "where", "why", "how", "what",
	"who", "which", "as", "like", "unlike", "under", "over", "with", "without", "within",
	"some", "many", "most", "few", "several", "other", "others", "one", "two", "three",
	"mr", "mrs", "ms", "first", "second", "third", "once", "sources", "officials", "critics"),
	// the rest of the simple prepositions, which open a sentence's
	// adverbial ("Outside St. Brendan's Church, …"), never a name
	simplePrepositions)

// months and weekdays are capitalised but name times, not entities.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdays name days of the week.
var weekdays = toSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// demonyms are adjectives of nationality: capitalised, but not names.
var demonyms = toSet("russian", "russians", "american", "americans", "british", "korean",
	"japanese", "polish", "indian", "chinese", "canadian", "australian", "german", "french",
	"italian", "spanish", "mexican", "ukrainian", "iranian", "israeli", "syrian", "turkish",
	"european", "african", "asian", "arab", "dutch", "swedish", "norwegian", "irish",
	"scottish", "english", "welsh", "brazilian", "saudi", "egyptian", "iraqi", "afghan",
	"pakistani", "democrats", "republicans", "democrat", "republican", "democratic",
	"soviet", "western", "eastern", "northern", "southern", "muslim", "christian", "jewish",
	"catholic", "palestinian", "korean", "cuban", "venezuelan", "greek", "belgian", "swiss",
	"libertarian", "libertarians")

// isTitleToken reports whether w is a title word, or a hyphenated word
// with one ("Attorney-General", "then-President").
func isTitleToken(w string) bool {
	k := tokKey(w)
	if titleWords[k] || officerTitles[k] { // officertitle.go
		return true
	}
	if strings.Contains(k, "-") {
		for _, p := range strings.Split(k, "-") {
			if titleWords[p] {
				return true
			}
		}
	}
	return false
}

// isAcronym reports whether w is an all-capitals abbreviation like "CIA".
func isAcronym(w string) bool {
	w = bare(w)
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	switch w {
	case "OK", "TV", "AM", "PM", "II", "III", "IV", "VI":
		return false
	}
	return true
}

// partyState matches a party-and-state tag such as "R-Ariz." and returns the
// state's full name.
func partyState(w string) (string, bool) {
	w = strings.TrimSuffix(w, ".")
	if len(w) < 4 || w[1] != '-' || strings.IndexByte("RDI", w[0]) < 0 {
		return "", false
	}
	s, ok := places[strings.ToLower(w[2:])]
	return s, ok
}

// discoverEntities finds the people, organisations and places in d:
// capitalised runs split into title and name, organisation heads,
// acronyms, a gazetteer of places, then misspellings of known surnames.
func discoverEntities(d *doc) []*cand {
	ds := &discovery{byName: map[string]*cand{}, lowerWords: lowerCaseWords(d), saidWords: speakerWords(d), births: map[string]bool{}}
	for pi := range d.paras {
		ds.scanPara(&d.paras[pi])
	}
	addCompanyShortNames(ds.ents)
	for _, s := range ds.singles {
		ds.placeSingle(s)
	}
	addDerivedAliases(ds.ents)
	return dropOrgAcronyms(mergeGivenNames(mergeShortOrgs(mergeQualifiedOrgs(foldBirthNames(ds.ents, ds.births)))))
}

// discovery holds the entities discoverEntities has found so far, one per
// alias key, in the order they were first seen.
type discovery struct {
	ents       []*cand
	byName     map[string]*cand
	singles    []single        // single capitalised words left for the second pass
	lowerWords map[string]bool // words the text writes in lower case
	saidWords  map[string]bool // capitalised words the text writes next to a speech verb
	births     map[string]bool // names written after an obituary's "Born"
}

// single is a lone capitalised word left for the second pass, with the
// title written before it, if any.
type single struct {
	word   string
	prefix string
	body   bool // the antecedent of ", which" (whichrelativename.go)
}

// add returns the entity whose alias key is name's, creating it with kind
// when there is none yet.
func (ds *discovery) add(name string, kind EntityKind) *cand {
	k := aliasKey(name)
	if c, ok := ds.byName[k]; ok {
		return c
	}
	c := &cand{name: name, kind: kind}
	ds.byName[k] = c
	ds.ents = append(ds.ents, c)
	return c
}

// addPlace adds the gazetteer place alias names, keeping alias as one of
// its aliases when it is not the canonical name.
func (ds *discovery) addPlace(alias string) {
	canon := places[aliasKey(alias)]
	c := ds.add(canon, Place)
	if alias != canon {
		addAlias(c, alias)
	}
}

// addAlias appends alias to c's aliases unless it is there already or is
// c's name ("D-Seattle" names Seattle).
func addAlias(c *cand, alias string) {
	if !containsFold(c.aliases, alias) && !strings.EqualFold(alias, c.name) {
		c.aliases = append(c.aliases, alias)
	}
}

// addPartyState adds the state of a party-state tag like "D-Nev." as a
// place, with the abbreviation as an alias, and reports whether w was one.
func (ds *discovery) addPartyState(w string) bool {
	name, ok := partyState(w)
	if !ok {
		return false
	}
	addAlias(ds.add(name, Place), w[2:])
	return true
}

// lowerCaseWords returns the words d writes in lower case: common words,
// not surnames.
func lowerCaseWords(d *doc) map[string]bool {
	lowerWords := map[string]bool{}
	for k := range d.paras {
		for _, t := range d.paras[k].toks {
			if !isCapitalised(t.s) {
				lowerWords[strings.ToLower(bare(t.s))] = true
			}
		}
	}
	return lowerWords
}

// scanPara adds the entities named by the capitalised runs of p and by its
// party-state tags.
func (ds *discovery) scanPara(p *para) {
	for i := 0; i < len(p.toks); {
		if !isCapitalised(p.toks[i].s) {
			ds.addPartyState(p.toks[i].s)
			i++
			continue
		}
		j := rankClassEnd(p, i, runEnd(p, i))
		if e := ofPhraseEnd(p, j); e > j && ds.addOfPhrase(p, trimRun(p.toks[i:j]), j, listedComplementEnd(p, e)) { // coordinatedorgname.go
			e = listedComplementEnd(p, e)
			i = e
			continue
		}
		if e := firmAndEnd(p, i, j); e > j { // firmand.go
			ds.add(joinRun(p, p.toks[j-1:e]), Organisation)
			i = e
			continue
		}
		run := trimRun(p.toks[i:j])
		if monthGivenName(p, i, j) { // monthgivenname.go
			run = p.toks[i:j]
		}
		if e := roadNumberEnd(p, run, j); e > j {
			ds.add(joinRun(p, append(run[:len(run):len(run)], p.toks[j])), Place) // "State Highway 27"
			i = e
			continue
		}
		if e := numberedEnd(p, run, j, numberedBodyHeads); e > j {
			ds.add(joinRun(p, append(run[:len(run):len(run)], p.toks[j])), Organisation) // "Senate Bill 214", "Teamsters Local 174" (placenames.go)
			i = e
			continue
		}
		ds.addRun(p, run, j)
		i = j
	}
}

// runEnd returns the end of the capitalised run starting at token i:
// capitalised words of one sentence, apart by spaces only, with no
// possessive before the last but a saint's ("St. Brendan's Medical
// Center") or a descriptive genitive's ("Children's Hospital",
// descriptivegenitive.go), and none after a town's state.
func runEnd(p *para, i int) int {
	toks := p.toks
	j := particleEnd(p, i, i+1)
	for j < len(toks) && toks[j].sent == toks[i].sent && (spaceOnly(p.gap(j)) || ampersandGap(p.gap(j))) &&
		isCapitalised(toks[j].s) && (bare(toks[j-1].s) == toks[j-1].s || j == i+2 && opensSaintName(toks[i].s) || descriptiveGenitive(p, j-1)) && !stateAfterTown(p, j-1) {
		j = particleEnd(p, i, j+1)
	}
	return j
}

// ampersandGap reports whether gap is an ampersand set off by spaces,
// which joins the words of a company's formal name ("Caldwell & Sons
// Jewelers", "Johnson & Johnson"; AP Stylebook, "ampersand": used when it
// is part of a company's formal name).
func ampersandGap(gap string) bool {
	return strings.TrimSpace(gap) == "&" && spaceOnly(strings.Replace(gap, "&", " ", 1))
}

// ampersandJoined reports whether an ampersand joins two words of run:
// only a company's formal name is written with one (AP Stylebook,
// "ampersand"), so run names an organisation, not a person with a title.
func ampersandJoined(p *para, run []token) bool {
	for k := 1; k < len(run); k++ {
		if ampersandGap(p.text[run[k-1].end:run[k].start]) {
			return true
		}
	}
	return false
}

// trimRun drops sentence openers, months and days from the front of run,
// and cuts it before its first month other than "May" or weekday.
func trimRun(run []token) []token {
	for len(run) > 0 && droppableOpener(run[0].s) && !ordinalTitle(run) && !dayNamesPlace(run, 0) {
		run = run[1:]
	}
	for x, t := range run {
		k := tokKey(t.s)
		if monthNames[k] > 0 && k != "may" && !middleMonthName(run, x) || weekdays[k] && !dayNamesPlace(run, x) {
			return run[:x]
		}
	}
	return run
}

// middleMonthName reports whether the month at x of run is a given name
// between two other words of a name ("Mary June Kessler"): a month naming
// a time is followed by a day, a year or a lower-case word, never by a
// capitalised surname (monthgivenname.go).
func middleMonthName(run []token, x int) bool {
	if x == 0 || x+1 >= len(run) || !givenNameMonths[tokKey(run[x].s)] {
		return false
	}
	next := tokKey(run[x+1].s)
	return monthNames[next] == 0 && !weekdays[next] && !stopwords[next] && !isTitleToken(run[x+1].s)
}

// ordinals open titles ("First Officer", "Second Lieutenant", "First
// Lady"); English ordinal numbers.
var ordinals = toSet("first", "second", "third", "fourth", "fifth")

// ordinalTitle reports whether run opens with an ordinal before a title
// word, which belong together.
func ordinalTitle(run []token) bool {
	return len(run) > 1 && ordinals[tokKey(run[0].s)] && isTitleToken(run[1].s)
}

// droppableOpener reports whether s, opening a run, is a stop word, a
// sentence opener, a month, a day or a common hyphenated compound
// ("Fifth-grader") rather than part of a name. Acronyms
// are kept: "US" is a place, not the pronoun.
func droppableOpener(s string) bool {
	if isAcronym(s) || isDottedAcronym(s) {
		return false
	}
	k := tokKey(s)
	return stopwords[k] || leadWords[k] || monthNames[k] > 0 || weekdays[k] || lowerTailCompound(s) || saidOpener(k) // saidopener.go
}

// addRun adds the entity a trimmed capitalised run names; j is the index
// of the token after the run.
func (ds *discovery) addRun(p *para, run []token, j int) {
	if len(run) == 0 {
		return
	}
	if len(run) == 1 && ds.addPartyState(run[0].s) || namedDay(run) || ds.addPartyTown(p, run) || ds.placeByLead(p, run) {
		return
	}
	if ds.addByShape(p, run, j) {
		return
	}
	if b := birthName(run); b != nil {
		ds.births[joinRun(p, b)] = true
		run = b
	}
	if i := j - len(run); i > 0 && len(run) > 1 && isCardinalWord(p.toks[i-1].s) && isCapitalised(p.toks[i-1].s) && pluralTitle(run[0].s) && spaceOnly(p.gap(i)) {
		run = p.toks[i-1 : j] // "the Three Sisters Wilderness": the numeral opens the name (lastTitle)
	}
	ds.addNamed(p, run)
}

// pluralTitle reports whether w is the plural of a title word
// ("Sisters", "Justices").
func pluralTitle(w string) bool {
	k := tokKey(w)
	return strings.HasSuffix(k, "s") && titleWords[k[:len(k)-1]]
}

// addByShape adds run as a place or organisation when the gazetteer, a
// following state or its last word says it is one, and reports whether it
// did.
func (ds *discovery) addByShape(p *para, run []token, j int) bool {
	text := joinRun(p, run)
	multi := len(run) > 1
	last := tokKey(run[len(run)-1].s)
	_, gazetteer := places[aliasKey(text)]
	switch {
	case gazetteer && multi:
		ds.addPlace(text)
	case cityBeforeState(p, run, j):
		ds.add(text, Place) // "Reno, Nev.", "Toledo, Ohio"
	case settlementOf(p, j-len(run)):
		ds.add(text, Place) // "the small Oregon town of Harwick"
	case ampersandJoined(p, run):
		ds.add(text, Organisation) // "Caldwell & Sons Jewelers": the ampersand is a company's
	case schoolDistrict(run):
		ds.add(text, Organisation) // "Fairview City School District" closes schools and hires
	case placeHeads[last] && multi && ds.personShaped(p, run, j):
		ds.addTitledPerson(p, run) // "Dr. Lee Park", "Jane Park, 41,"
	case placeHeads[last] && multi:
		ds.add(text, Place) // "Elm Street", "City Hall"
	case orgHeads[last] && multi:
		// Leading place words belong to the name ("U.S. Senate").
		ds.add(text, Organisation)
	default:
		return false
	}
	return true
}

// settlementNouns name a place people live in (WordNet 3.0's hyponyms of
// "administrative district" and "settlement" news writing puts before
// "of" and a name: "the city of Reno", "the village of Elm Grove").
var settlementNouns = toSet("city", "town", "village", "borough", "township", "hamlet", "county", "community", "suburb")

// settlementOf reports whether the name starting at token i of p follows
// "<settlement noun> of" in lower case: "the town of Harwick" names a
// place.
func settlementOf(p *para, i int) bool {
	return i >= 2 && strings.EqualFold(p.toks[i-1].s, "of") && settlementNouns[p.toks[i-2].s] && spaceOnly(p.gap(i)) && spaceOnly(p.gap(i-1))
}

// schoolDistrict reports whether run names a school district, which is a
// government, not a place: the U.S. Census Bureau's Census of Governments
// counts independent school districts among local governments, and news
// writing has them decide, hire and close schools.
func schoolDistrict(run []token) bool {
	n := len(run)
	return n > 2 && tokKey(run[n-1].s) == "district" && tokKey(run[n-2].s) == "school"
}

// addNamed splits run into a title and the name after it, adds the places
// the title names, and adds the name.
func (ds *discovery) addNamed(p *para, run []token) {
	t := lastTitle(run)
	if t < 0 && (openingDescriptor(p, run) || ds.lowerAgentOpener(p, run)) { // loweragent.go
		t = 0
	}
	if t < 0 {
		t = ds.repeatedTitle(run) - 1 // "said Ranger Cole" after "Ranger Amy Cole" (repeatedtitle.go)
	}
	name := run[t+1:]
	prefix := ""
	if t >= 0 {
		prefix = joinRun(p, run[:t+1])
		ds.addTitlePlaces(run[:t+1])
	}
	switch len(name) {
	case 0:
	case 1:
		ds.addSingleWord(p, name[0], prefix)
	default:
		ds.addMultiWord(p, name, prefix)
	}
}

// lastTitle returns the index of the last title word in run, singular or
// plural ("Justices Mei Lin Santos and Paul Everly"), or -1. A word after
// a cardinal in words is a counted noun of a name ("the Three Sisters
// Wilderness", a place), no title: a title is a determinerless noun before
// a name (Quirk et al. 1985, §17.90 on titles in apposition), and a
// numeral determines what it counts (§5.20).
func lastTitle(run []token) int {
	t := -1
	for x, tk := range run {
		if x > 0 && isCardinalWord(run[x-1].s) {
			continue
		}
		if isTitleToken(tk.s) || pluralTitle(tk.s) || rankClass(run, x) {
			t = x
		}
	}
	return t
}

// isCardinalWord reports whether w is a cardinal number written as a word
// ("Three", "twelve").
func isCardinalWord(w string) bool {
	_, ok := claimNumberWords[tokKey(w)]
	return ok && tokKey(w) != "twice"
}

// addTitlePlaces adds the gazetteer places among the words of a title.
func (ds *discovery) addTitlePlaces(title []token) {
	for _, tk := range title {
		if _, ok := places[aliasKey(tk.s)]; ok {
			ds.addPlace(tk.s)
		}
	}
}

// addSingleWord adds a one-word name that is a place, an acronym or an
// appositive person, and otherwise leaves it for the second pass.
func (ds *discovery) addSingleWord(p *para, tok token, prefix string) {
	w := bare(tok.s)
	switch {
	case places[aliasKey(w)] != "" && !unpointedAbbreviation(w):
		ds.addPlace(w)
	case isAcronym(w):
		ds.add(w, Organisation)
	case prefix == "" && appositiveName(p, tok):
		ds.add(w, Person) // "her husband, Dev, said"
	default:
		ds.singles = append(ds.singles, single{word: tok.s, prefix: prefix, body: prefix == "" && whichRelativeName(p, tok, ds.lowerWords)})
	}
}

// unpointedAbbreviation reports whether w matches a state's AP
// abbreviation but is written without its period ("a funeral Mass" is no
// "Mass."): the AP Stylebook ("state names") writes every such
// abbreviation with its period, and the word without one is an English
// word ("Mass", "Miss", "Wash"). Capitals ("US", "UK") are acronyms, no
// such word.
func unpointedAbbreviation(w string) bool {
	canon := places[aliasKey(w)]
	return aliasKey(canon) != aliasKey(w) && !strings.HasSuffix(w, ".") && strings.ToUpper(w) != w
}

// addMultiWord adds a name of two or more words as a place, an
// organisation or a person with the title prefix.
func (ds *discovery) addMultiWord(p *para, name []token, prefix string) {
	if nm := joinRun(p, name); places[aliasKey(nm)] != "" {
		ds.addPlace(nm)
		return
	}
	nm, kind := multiWordName(p, name, ds.lowerWords)
	switch kind {
	case "":
		return
	case Organisation:
		ds.add(nm, Organisation)
		return
	}
	c := ds.add(nm, Person)
	if c.prefix == "" {
		c.prefix = prefix
	}
}

// placeSingle is the second pass over a single word: titled single names
// become people unless they are the surname of someone already known;
// other unknown words close to a known surname are misspellings of it.
func (ds *discovery) placeSingle(s single) {
	w := bare(s.word)
	k := tokKey(w)
	if k == "" || demonyms[k] || stopwords[k] || leadWords[k] || isTitleToken(w) {
		return
	}
	if ds.known(w, k) {
		return
	}
	if s.prefix != "" {
		c := ds.add(w, Person)
		c.prefix = s.prefix
		return
	}
	if s.body && !ds.firstWordOfBody(w) {
		ds.add(w, Organisation) // "Sanofi and AstraZeneca, which make the shot" (whichrelativename.go)
		return
	}
	ds.addMisspelling(w, k)
}

// known reports whether the word w, keyed k, already names an entity: its
// name, an alias, or a person's surname.
func (ds *discovery) known(w, k string) bool {
	for _, c := range ds.ents {
		if tokKey(c.name) == k || aliasKey(c.name) == k || containsFold(c.aliases, w) {
			return true
		}
		if c.kind == Person && tokKey(c.surname()) == k {
			return true
		}
	}
	return false
}

// addMisspelling makes w, keyed k, an alias of the first person whose
// surname it is a close misspelling of.
func (ds *discovery) addMisspelling(w, k string) {
	for _, c := range ds.ents {
		if c.kind != Person {
			continue
		}
		if closeSpelling(k, tokKey(c.surname())) {
			addAlias(c, w)
			return
		}
	}
}

// addDerivedAliases gives entities the aliases their names imply:
// surnames, acronyms of long organisation names, acronyms of a person's
// multi-word title ("AG" for Attorney-General) and place abbreviations.
func addDerivedAliases(ents []*cand) {
	for _, c := range ents {
		switch c.kind {
		case Person:
			if f := strings.Fields(c.name); len(f) > 1 {
				c.aliases = append([]string{f[len(f)-1]}, c.aliases...)
			}
			if acr := titleAcronym(c.prefix); acr != "" && !titleNamesOther(ents, c) {
				c.aliases = append(c.aliases, acr)
			}
		case Organisation:
			if acr := initials(c.name); capitalisedWords(c.name) >= 3 && !isEventName(c.name) {
				addAlias(c, acr)
			}
		case Place:
			if ab, ok := placeAbbrev[c.name]; ok {
				addAlias(c, ab)
			}
		}
	}
}

// addCompanyShortNames gives a company named with a corporate designator
// the names a story uses for it on second reference: the name without the
// designator, and its first word ("Halvorsen Foods Inc" is "Halvorsen
// Foods" and "Halvorsen").
//
// A company named for its line of business ("Prairie Gold Foods") is
// shortened the same way, to the name without that word, where the
// article uses the shorter name on its own ("Prairie Gold said in a
// statement").
func addCompanyShortNames(ents []*cand) {
	for _, c := range ents {
		f := strings.Fields(c.name)
		if c.kind == Organisation && len(f) > 1 && businessLines[tokKey(f[len(f)-1])] {
			if short := strings.Join(f[:len(f)-1], " "); namedAlone(ents, short) {
				addAlias(c, short)
			}
		}
		if c.kind != Organisation || len(f) < 2 || !corporateDesignators[tokKey(f[len(f)-1])] {
			continue
		}
		addAlias(c, strings.Join(f[:len(f)-1], " "))
		if first := f[0]; len(f) > 2 && isCapitalised(first) && places[tokKey(first)] == "" && !isAcronym(first) {
			addAlias(c, first)
		}
	}
}

// mergeQualifiedOrgs folds an organisation written once with an "of"
// phrase after its name ("Tri-County Data Services of Duluth") into the
// organisation the article also names without it: the phrase postmodifies
// the name, locating or qualifying the body (Quirk et al., §17.37), and
// the shorter form the article uses on its own is its name.
func mergeQualifiedOrgs(ents []*cand) []*cand {
	return mergeInto(ents, qualifiedOrg)
}

// mergeInto folds each candidate for which into finds another into that
// one, as an alias with its own aliases, and returns the rest.
func mergeInto(ents []*cand, into func([]*cand, *cand) *cand) []*cand {
	var merged []*cand
	for _, c := range ents {
		if o := into(ents, c); o != nil {
			for _, a := range append([]string{c.name}, c.aliases...) {
				addAlias(o, a)
			}
			continue
		}
		merged = append(merged, c)
	}
	return merged
}

// qualifiedOrg returns the other organisation whose name c's opens,
// followed by " of ", if c is an organisation; or nil.
func qualifiedOrg(ents []*cand, c *cand) *cand {
	if c.kind != Organisation {
		return nil
	}
	for _, o := range ents {
		if o != c && o.kind == Organisation && strings.HasPrefix(c.name, o.name+" of ") {
			return o
		}
	}
	return nil
}

// mergeShortOrgs folds an organisation named once in full ("the U.S. Coast
// Guard") and once shorter ("the Coast Guard's") into the full one.
func mergeShortOrgs(ents []*cand) []*cand {
	return mergeInto(ents, longerOrg)
}

// longerOrg returns the first other organisation whose name ends in c's,
// if c is an organisation, or nil.
func longerOrg(ents []*cand, c *cand) *cand {
	if c.kind != Organisation && (c.kind != Person || c.prefix != "") {
		return nil
	}
	if o := openedOrg(ents, c); o != nil {
		c.aliases = nil // the surname given to the short name ("Line") names no company
		return o        // "Granite Line" of "Granite Line Paving" (shortorgprefix.go)
	}
	for _, o := range ents {
		if o == c || o.kind != Organisation {
			continue
		}
		if c.kind == Organisation && strings.HasSuffix(o.name, " "+c.name) || containsFold(o.aliases, c.name) {
			if c.kind == Person {
				c.aliases = nil // the surname given to a person's name ("Mills") names no company
			}
			return o // "Prairie Mills" of "Prairie Mills Corp", taken alone for a person's name
		}
	}
	return nil
}

// dropOrgAcronyms drops acronyms found on their own that spell a longer
// organisation's initials: they are that organisation.
func dropOrgAcronyms(ents []*cand) []*cand {
	var kept []*cand
	for _, c := range ents {
		if c.kind == Organisation && isAcronym(c.name) && spellsOrg(ents, c) {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// spellsOrg reports whether the name of c is the initials of another
// organisation in ents.
func spellsOrg(ents []*cand, c *cand) bool {
	for _, o := range ents {
		if o != c && o.kind == Organisation && initials(o.name) == c.name {
			return true
		}
	}
	return false
}

// appositiveName reports whether the single word t stands as an appositive
// after a lower-case title or kinship noun, between commas: "her husband,
// Dev, said", "his lawyer, Cole, said".
func appositiveName(p *para, t token) bool {
	x := sort.Search(len(p.toks), func(x int) bool { return p.toks[x].start >= t.start })
	if x < 1 || x+1 >= len(p.toks) || strings.TrimSpace(p.gap(x)) != "," || strings.TrimSpace(p.gap(x+1)) != "," {
		return false
	}
	prev, k := p.toks[x-1].s, tokKey(t.s)
	return !isCapitalised(prev) && isTitleToken(prev) && p.toks[x-1].sent == p.toks[x].sent && !leadWords[k] && !stopwords[k]
}

// cityBeforeState reports whether the capitalised run ending before token
// j names a town: the AP style "Reno, Nev." or "Toledo, Ohio", the run
// followed by a comma and a U.S. state's name or abbreviation.
func cityBeforeState(p *para, run []token, j int) bool {
	last := run[len(run)-1].s
	if j >= len(p.toks) || bare(last) != last || strings.TrimSpace(p.gap(j)) != "," {
		return false
	}
	if isTitleToken(last) || orgHeads[tokKey(last)] || places[aliasKey(joinRun(p, run))] != "" || personBeforeStateTitle(p, run, j) {
		return false // "Rick Salazar, Nebraska legislative director" names a person (givenstate.go)
	}
	state := p.toks[j].s
	if bare(state) != state || !usStates[places[aliasKey(state)]] {
		return false
	}
	// "Smith, Texas Republican" describes a person.
	next := j + 1
	return next >= len(p.toks) || p.toks[next].sent != p.toks[j].sent || !spaceOnly(p.gap(next)) || !isCapitalised(p.toks[next].s) ||
		stateAfterTown(p, j)
}

// multiWordName reads a capitalised run of two or more words that is not a
// place: the name without a leading party or nationality word ("Democrat
// Dana Calloway"), and its kind: an organisation when it opens with an
// acronym ("JAMA Internal Medicine": no personal name holds one) or ends in
// a word the text also writes in lower case ("Fjord Data"), else a person.
// The kind is "" when nothing but a single word would be left, or when
// the run is a quoted title opening with such a word (quotedtitlename.go).
func multiWordName(p *para, name []token, lowerWords map[string]bool) (string, EntityKind) {
	if demonyms[tokKey(name[0].s)] && quotedRun(p, name) {
		return "", ""
	}
	for len(name) > 1 && demonyms[tokKey(name[0].s)] {
		name = name[1:]
	}
	if len(name) == 1 || demonyms[tokKey(name[0].s)] || memberNoun(name[len(name)-1].s) {
		return "", ""
	}
	nm := joinRun(p, name)
	if isAcronym(name[0].s) || lowerWords[strings.ToLower(bare(name[len(name)-1].s))] || pluralHeadedFirm(name) {
		return nm, Organisation
	}
	return nm, Person
}

// pluralHeadedFirm reports whether a run of three or more words ends in a
// plural noun and opens with no given name ("Hollister Home Appliances",
// "Delmont Farm Supplies"): a personal name opens with a given name, and
// a business names its line of goods by a plural head (AP Stylebook,
// "company names"), while a plural-looking surname follows a given name
// ("Maria Torres").
func pluralHeadedFirm(name []token) bool {
	if len(name) < 3 || isGivenName(bare(name[0].s)) {
		return false
	}
	last := strings.ToLower(bare(name[len(name)-1].s))
	return len(last) > 4 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is")
}

// memberNoun reports whether w, ending a capitalised run, is a singular
// noun of party or nationality that names one member ("a Chicago
// Democrat", "a Texas Republican", "the first Korean American"): the run
// describes a person by place and group, as "Smith, Texas Republican"
// does, and is no one's name. The compass adjectives of the demonyms list
// end names ("Georgia Southern") and are left out, as are plurals, which
// name a party's members together ("Senate Democrats", entitykinds.go).
func memberNoun(w string) bool {
	k := tokKey(w)
	return demonyms[k] && !compassDemonyms[k] && !strings.HasSuffix(k, "s") && k != "democratic"
}

// compassDemonyms are the demonyms list's adjectives of the compass.
var compassDemonyms = toSet("western", "eastern", "northern", "southern")

// joinRun returns the text of a run of adjacent tokens, without the last
// one's possessive.
func joinRun(p *para, run []token) string {
	last := run[len(run)-1]
	return p.text[run[0].start:last.start] + bare(last.s)
}

// initials spells the capitalised words of a name, a dotted acronym by
// all its letters: "Democratic National Committee" gives "DNC", "U.S.
// Forest Service" "USFS".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if isDottedAcronym(w) {
			b.WriteString(strings.ReplaceAll(w, ".", "")) // "U.S. Forest Service" is "USFS"
		} else if isCapitalised(w) {
			r := []rune(w)[0]
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// titleNamesOther reports whether person c's title holds an acronym or
// the first word of another entity's name ("Prairie Mills CEO", "Yakima
// County Sheriff"): the title of an office of that body or place, which
// has no abbreviation of its own, and whose initials may spell the body's.
func titleNamesOther(ents []*cand, c *cand) bool {
	for _, w := range strings.FieldsFunc(c.prefix, func(r rune) bool { return r == ' ' || r == '-' }) {
		if isAcronym(w) {
			return true
		}
		for _, o := range ents {
			if o != c && !isTitleToken(w) && tokKey(strings.Fields(o.name)[0]) == tokKey(w) {
				return true
			}
		}
	}
	return false
}

// titleAcronym gives the acronym of a multi-word title, without honorifics
// and places: "U.S. Attorney-General" gives "AG".
func titleAcronym(prefix string) string {
	var words []string
	for _, w := range strings.FieldsFunc(prefix, func(r rune) bool { return r == ' ' || r == '-' }) {
		k := tokKey(w)
		if ofLinks[w] {
			return "" // "Secretary of State" is not "SS"
		}
		if honorifics[k] || places[k] != "" || isDottedAcronym(w) || !isCapitalised(w) {
			continue
		}
		words = append(words, w)
	}
	if len(words) < 2 {
		return ""
	}
	return initials(strings.Join(words, " "))
}

// containsFold reports whether list holds s, ignoring case.
func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// finishEntities turns candidates into Entities: the paragraphs that
// mention each, and the role the article gives each person.
func finishEntities(d *doc, cands []*cand) []Entity {
	out := make([]Entity, len(cands))
	for i, c := range cands {
		out[i] = Entity{Name: c.name, Kind: c.kind, Aliases: c.aliases, Paragraphs: []int{}}
	}
	for k, ms := range d.mentions {
		for _, m := range ms {
			ps := out[m.ent].Paragraphs
			if len(ps) == 0 || ps[len(ps)-1] != d.paras[k].n {
				out[m.ent].Paragraphs = append(ps, d.paras[k].n)
			}
		}
	}
	for i, c := range cands {
		if c.kind == Person {
			out[i].Role = findRole(d, i, c)
			out[i].Title = c.prefix
		}
	}
	return out
}

// findRole returns the role the article gives person ent: an appositive
// next to the name ("Sessions' spokeswoman, Sarah Isgur Flores"; "John
// McCain, R-Ariz., the committee's chairman"), else the title before the
// name ("U.S. Attorney-General", "Russian ambassador"), extended by a
// longer wording of the same role elsewhere ("… to the U.S.").
func findRole(d *doc, ent int, c *cand) string {
	var appositive, title string
	for k, ms := range d.mentions {
		p := &d.paras[k]
		for _, m := range ms {
			if m.ent != ent {
				continue
			}
			if appositive == "" {
				appositive = preAppositive(p, m.i)
			}
			if t := titleStart(p, m.i); appositive == "" && t < m.i {
				appositive = preAppositive(p, t) // "A Navy spokeswoman, Lt. Cmdr. Teresa Vail,"
			}
			if appositive == "" {
				appositive = postAppositive(p, m.j)
			}
			if title == "" {
				title = titleBefore(p, m.i)
			}
		}
	}
	role := appositive
	if role == "" {
		role = title
	}
	if role == "" {
		role = singularTitle(stripHonorifics(c.prefix))
	}
	return extendRole(d, role)
}

// singularTitle gives the singular of a title that is one plural title
// word, as one member of a group holds it ("Justices" → "Justice").
func singularTitle(t string) string {
	if !strings.Contains(t, " ") && !isTitleToken(t) && pluralTitle(t) {
		return strings.TrimSuffix(t, "s")
	}
	return t
}

// stripHonorifics drops trailing honorifics from a title: "National
// Security Adviser Gen." becomes "National Security Adviser". A title that
// is only an honorific, or would keep no title word ("State Sen."), is
// kept whole.
func stripHonorifics(t string) string {
	f := strings.Fields(t)
	n := len(f)
	for n > 1 && honorifics[tokKey(f[n-1])] {
		n--
	}
	if lastTitleWord(f[:n]) < 0 {
		return t
	}
	return strings.Join(f[:n], " ")
}

// lastTitleWord returns the index of the last title word in words, or -1.
func lastTitleWord(words []string) int {
	for x := len(words) - 1; x >= 0; x-- {
		if isTitleToken(words[x]) {
			return x
		}
	}
	return -1
}

// preAppositive reads "X's spokeswoman, NAME": the noun phrase ending in a
// title word just before ", " and the name at token i.
func preAppositive(p *para, i int) string {
	if i < 1 || strings.TrimSpace(p.gap(i)) != "," {
		return ""
	}
	end := i - 1
	if !isTitleToken(p.toks[end].s) || p.toks[end].sent != p.toks[i].sent {
		return ""
	}
	start := end
	for start > 0 && end-start < 5 && spaceOnly(p.gap(start)) && p.toks[start-1].sent == p.toks[end].sent {
		k := tokKey(p.toks[start-1].s)
		if stopwords[k] && bare(p.toks[start-1].s) == p.toks[start-1].s {
			break
		}
		start--
	}
	if start == end && !isCapitalised(p.toks[end].s) {
		return ""
	}
	// Keep a determiner that opens the phrase ("The council's finance chair").
	if start > 0 && spaceOnly(p.gap(start)) && p.toks[start-1].sent == p.toks[end].sent {
		switch tokKey(p.toks[start-1].s) {
		case "the", "a", "an", "his", "her", "their", "its":
			start--
		}
	}
	return p.text[p.toks[start].start:p.toks[end].end]
}

// postAppositive reads "NAME, [R-Ariz.,] the committee's chairman,": a
// determiner or possessive phrase after the name holding a title word.
func postAppositive(p *para, j int) string {
	if j >= len(p.toks) || strings.TrimSpace(p.gap(j)) != "," {
		return ""
	}
	if _, ok := partyState(p.toks[j].s); ok {
		j++
		if j >= len(p.toks) || strings.TrimSpace(p.gap(j)) != "," {
			return ""
		}
	}
	first := tokKey(p.toks[j].s)
	if first != "the" && first != "a" && first != "an" && first != "his" && first != "her" && first != "their" && bare(p.toks[j].s) == p.toks[j].s {
		return ""
	}
	end := j
	hasTitle := isTitleToken(p.toks[j].s)
	for end+1 < len(p.toks) && end-j < 7 && spaceOnly(p.gap(end+1)) && p.toks[end+1].sent == p.toks[j].sent {
		end++
		if isTitleToken(p.toks[end].s) {
			hasTitle = true
		}
	}
	if !hasTitle || !isTitleToken(p.toks[end].s) {
		// The phrase must end on its title word ("the committee's chairman").
		for end > j && !isTitleToken(p.toks[end].s) {
			end--
		}
		if !isTitleToken(p.toks[end].s) {
			return ""
		}
	}
	if attributionSubject(p, end) {
		return "" // "… struck Voss, the chief said": the chief said it (attributionsubject.go)
	}
	return p.text[p.toks[j].start:p.toks[end].end]
}

// titleBefore reads a title written just before the name at token i,
// inside or outside the name's capitalised run: "U.S. Attorney-General",
// "Russian ambassador", "then-President".
func titleBefore(p *para, i int) string {
	end := i - 1
	if end < 0 || !spaceOnly(p.gap(i)) || !isTitleToken(p.toks[end].s) || p.toks[end].sent != p.toks[i].sent {
		return ""
	}
	start := end
	for start > 0 && end-start < 5 && spaceOnly(p.gap(start)) && p.toks[start-1].sent == p.toks[end].sent {
		w := p.toks[start-1].s
		k := tokKey(w)
		if ordinals[k] && isTitleToken(p.toks[start].s) {
			start-- // "First Officer"
			continue
		}
		// "commission chair", "company spokesman": a body's common noun
		// may qualify the title.
		if stopwords[k] || leadWords[k] || saidOpener(k) || !(isCapitalised(w) || isTitleToken(w) || orgHeads[k] || k == "campaign" || k == "company") {
			if start == end && nounModifier(w, p.toks[end].s) {
				start-- // "budget director", "transit director"
			}
			break
		}
		start--
	}
	return stripHonorifics(p.text[p.toks[start].start:p.toks[end].end])
}

// nounModifier reports whether the lower-case word w, just before the
// lower-case title word title, reads as a noun qualifying it ("budget
// director") rather than a verb or an adverb before it ("said director",
// "recently appointed director"): no stop word, reporting verb, or word in
// -ed, -ing or -ly.
func nounModifier(w, title string) bool {
	k := tokKey(w)
	if isCapitalised(w) || isCapitalised(title) || bare(w) != w || k == "" || stopwords[k] || leadWords[k] || attributionVerb(k) {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "s"} {
		if strings.HasSuffix(k, suf) {
			return false
		}
	}
	r := k[0]
	return r >= 'a' && r <= 'z'
}

// extendRole lengthens a role ending in a title word by a place or body
// the article attaches to the same words elsewhere: "Russian ambassador"
// becomes "Russian ambassador to the U.S.".
func extendRole(d *doc, role string) string {
	f := strings.Fields(role)
	if len(f) == 0 || !isTitleToken(f[len(f)-1]) {
		return role
	}
	lr := strings.ToLower(role)
	for k := range d.paras {
		p := &d.paras[k]
		lt := strings.ToLower(p.text)
		for off := 0; ; {
			x := strings.Index(lt[off:], lr)
			if x < 0 {
				break
			}
			x += off
			off = x + len(lr)
			rest := p.text[off:]
			for _, prep := range []string{" to the ", " of the ", " for the ", " to ", " of "} {
				if !strings.HasPrefix(rest, prep) {
					continue
				}
				toks := tokenize(rest[len(prep):])
				n := 0
				for n < len(toks) && isCapitalised(toks[n].s) && (n == 0 || spaceOnly(rest[len(prep)+toks[n-1].end:len(prep)+toks[n].start])) {
					n++
				}
				if n > 0 && n <= 4 {
					return p.text[x : off+len(prep)+toks[n-1].end]
				}
			}
		}
	}
	return role
}

// gender returns 'f', 'm' or 0 for an entity, from its role.
func gender(e Entity) byte {
	r := strings.ToLower(e.Role)
	for _, w := range femaleRoles {
		if strings.Contains(r, w) {
			return 'f'
		}
	}
	for _, w := range maleRoles {
		if strings.Contains(r, w) {
			return 'm'
		}
	}
	return 0
}
