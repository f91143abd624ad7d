package lookup

import "strings"

// The delayed-identification lead (AP Stylebook, "lead"; Brooks et al.,
// "News Reporting and Writing", on the delayed identification): a story
// about someone the reader does not know opens with an indefinite
// description ("A 62-year-old Colorado man who went missing … was found
// alive Saturday") and names the person in the next paragraph ("Gary
// Whitcomb of Fort Collins was spotted …"). The description is the first
// reference to that person: what it says (the age, the home) is said of
// the person named next.

// resolveDelayedLead ties the lead sentence's one indefinite description
// of a person to the person the story names first after it, when the
// lead names no person itself.
func (e *Engine) resolveDelayedLead() {
	lead := -1
	for i := range e.r.sents {
		if e.r.sents[i].para >= 1 && e.r.sents[i].part == "" {
			lead = i
			break
		}
	}
	if lead < 0 || e.sentenceNamesPerson(&e.r.sents[lead]) {
		return
	}
	s := &e.r.sents[lead]
	from, head := e.indefinitePerson(s)
	indefinite := head >= 0
	if head < 0 && e.resolveTwoDescribed(lead) {
		return // "arrested a 34-year-old man suspected of … killing a hospital nurse" (twodescribedlead.go)
	}
	if head < 0 {
		from, head = e.definiteTitleSubject(s) // "The executive director of the Connecticut Port Authority resigned" (definitelead.go)
	}
	if head < 0 || e.retoldDoerOf(lead, e.compoundHead(s, head)) >= 0 {
		return // "after a lobsterman found him" retold as "Cal Hardy spotted Lindqvist": the doer, not the person named next (repeatedact.go)
	}
	x := e.namedNext(lead)
	if x < 0 && indefinite && leadParticipant(s, from) {
		x = e.agedNext(lead) // "Judge Marianne Kessler also ordered Dale Whitford, 58, …" (agedidentified.go)
	}
	if x < 0 && indefinite {
		x = e.identifiedNext(lead, head) // "The victim, Dana Kessler, …", "identified the driver as …" (identifiedas.go)
	}
	if x < 0 || e.ageDisagrees(s, from, head, x) {
		return
	}
	s.refs = append(s.refs, x)
	for k := from; k <= head; k++ {
		e.noteDescription(lead, k, x) // "62-year-old" too: the age is the person's
	}
	e.addLeadRole(lead, from, head, x) // "a retired school bus driver" (leadrole.go)
}

// indefinitePerson finds the one indefinite description of a person in s
// ("A 62-year-old Colorado man"): "a" or "an", up to four premodifiers,
// and a lower-case noun WordNet files under person. Of several, the one
// that is no complement of a preposition (leadArgument). It returns the
// first premodifier and the head; head is -1 when s holds none or more
// than one such (then which the name is of is not known).
func (e *Engine) indefinitePerson(s *sentence) (from, head int) {
	if d, ok := leadArgument(s, e.indefinitePersons(s)); ok {
		return d[0] + 1, d[1]
	}
	return 0, -1
}

// indefinitePersons are the indefinite descriptions of a person in s, each
// as its determiner and its head noun.
func (e *Engine) indefinitePersons(s *sentence) [][2]int {
	var found [][2]int
	for k, t := range s.toks {
		if t.lower != "a" && t.lower != "an" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
			w := s.toks[j]
			if stopWords[w.lower] || punctuatedBetween(s.text, s.toks, j) {
				break
			}
			if ageHeadNoun(s, j) {
				found = append(found, [2]int{k, j}) // "A 16-year-old from Florence" (ageheadnoun.go)
				break
			}
			if !w.cap && !w.poss && e.isPersonNoun(singular(w.lower)) && e.lowerCasePerson(singular(w.lower)) && e.isNoun(w) { // not "a utility pole" (lowercaseperson.go)
				found = append(found, [2]int{k, j})
				break
			}
		}
	}
	return found
}

// namedNext is the person the sentences after the lead name first, in
// the lead's paragraph and the next: the first person named in the first
// sentence that names one, when the name opens that sentence (its
// subject: "Gary Whitcomb of Fort Collins was spotted"), after a
// courtesy title or none ("Dr. Leonard Voss, 78,": AP Stylebook,
// "courtesy titles" and "doctor"); -1 otherwise.
func (e *Engine) namedNext(lead int) int {
	for i := lead + 1; i < len(e.r.sents) && e.r.sents[i].para <= e.r.sents[lead].para+1; i++ {
		s := &e.r.sents[i]
		if !e.sentenceNamesPerson(s) {
			continue
		}
		if x := e.personNamedAt(s, opensAfterTitle(s)); x >= 0 {
			return x
		}
		if x := e.sameActObject(&e.r.sents[lead], s); x >= 0 {
			return x
		}
		return e.commonSubjectsObject(s)
	}
	return -1
}

// opensAfterTitle is the token where the name that opens s starts: 1
// after a courtesy title ("Dr.", "Mrs."), else 0.
func opensAfterTitle(s *sentence) int {
	if len(s.toks) > 1 && courtesyTitles[strings.TrimSuffix(s.toks[0].lower, ".")] {
		return 1
	}
	return 0
}

// sameActObject is the person s names right after a verb the lead also
// uses ("A 29-year-old Fresno man has been arrested …" and then "Deputies
// arrested Jordan Pike"): the active's object is the passive's subject
// (Quirk et al., §3.63), so the name is the one the lead described; -1
// when s has no such name.
func (e *Engine) sameActObject(lead, s *sentence) int {
	for k := 0; k+1 < len(s.toks); k++ {
		t := s.toks[k]
		if t.cap || !e.canBe(t.lower, "verb") || stopWords[t.lower] || !passiveIn(lead, t.stem) {
			continue
		}
		if x := e.personNamedAt(s, k+1); x >= 0 {
			return x
		}
	}
	return -1
}

// passiveIn reports whether s holds a passive form of the verb of stem.
func passiveIn(s *sentence, stem string) bool {
	for i, t := range s.toks {
		if t.stem == stem && passiveAt(s.toks, i) {
			return true
		}
	}
	return false
}

// commonSubjectsObject is the person named right after the first verb of
// s when a common noun phrase opens s as its subject ("Search crews
// spotted Daniel Ortega of Phoenix …"): the next paragraph of a
// delayed-identification lead names the person the lead described, and
// with the doers told by a common noun, the one named is the one the act
// was done to, the lead's passive subject (Quirk et al. 1985, §3.63); -1
// otherwise, or when the verb is one of saying.
func (e *Engine) commonSubjectsObject(s *sentence) int {
	if len(s.toks) < 3 || e.namedAt(s, 0) {
		return -1 // a name opens s
	}
	for k := 1; k+1 < len(s.toks) && k < 5; k++ {
		t := s.toks[k]
		if t.cap || commaBetween(s, k-1, k) {
			return -1
		}
		if !stopWords[t.lower] && !speechVerbs[t.lower] && e.pastForm(t.lower) {
			return e.personNamedAt(s, k+1)
		}
	}
	return -1
}
