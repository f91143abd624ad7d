package lookup

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"storybot/knowledge"
)

// Places (part of stage 4): where something happened, and where a person
// is from.

// placeRe finds a place named after a preposition of position or source:
// a run of capitalised words ("at Riverfront Stadium", "in Kansas City,
// Mo."). "To" is left out: it marks a goal, not where something is ("the
// ambassador to the U.S."); direction.go reads goals (Quirk et al. §9.15).
// A compass point with "of" places a thing by its bearing from a named
// place ("south of Chinook"), as a complex preposition of position does
// (Quirk et al. §9.10). A numeral after the name, lettered or not (letterednumeral.go), is part of it ("on Route
// 9", "at Gate 3"), and so is a word after an ampersand, which only a
// company's formal name holds ("at Caldwell & Sons Jewelers"; AP
// Stylebook, "ampersand"). A lower-case regional or relative
// adjective may stand between the preposition and the name ("in nearby
// Merrow", "in northern Ohio", "in upstate New York": AP Stylebook,
// "directions and regions", which lowercases such descriptive words
// before a proper name); the place is the name.
var placeRe = lazyRE(`\b(?:in|at|on|near|outside|from|(?:` + compassAlt + `)\s+of)\s+(?:(?:nearby|neighboring|neighbouring|suburban|rural|downtown|upstate|downstate|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern)\s+)?((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w.'’-]*)*(?:\s+` + designatorNumeral + `)?(?:,\s+[A-Z][a-z]+\.)?)`)

// place answers "where …" with the place phrase nearest the matched words.
func (e *Engine) place(q *query) (reply, bool) {
	if e.asksHome(q) {
		return e.personFrom(q)
	}
	if r, ok := e.placeOfKind(q); ok {
		return r, true
	}
	if r, ok := e.strandedPlace(q); ok {
		return r, true // "where did the jet divert to": "diverted to Albuquerque" (strandedplace.go)
	}
	if r, ok := e.basedOfBody(q); ok {
		return r, true // "where is Harbor Freightways based": "the Seattle-based company" (basedplace.go)
	}
	held, lead, common, based := false, reply{}, reply{}, reply{}
	partial := reply{}
	for _, c := range e.pastPlaceFirst(q, e.rank(q, nil)) { // "where was it held": not where it will be (pastfirst.go), unless arranged in the past (plannedplace.go)
		if !e.holds(q, c) {
			continue
		}
		first := !held
		held = true
		s := &e.r.sents[c.s]
		if ph := e.placeBeforeAsked(q, s, c.matched); ph != "" && wholeQuestion(c) {
			return placeReply(ph, s), true // "a Richmond theater company" (premodplace.go)
		}
		if r, ok, skip := e.clausePlace(q, c); ok || skip {
			if skip {
				continue
			}
			return r, true // "spotted it along Route 46": the adjunct of the asked verb's own clause (verbplace.go)
		}
		if ph, ok := e.nearestSpan(s, c.matched, e.personsDropped(q, s.text, sourceOnly(q, s.text, e.namedPlaces(s.text))), q); ok && (!common.found || wholeQuestion(c)) { // a name in a sentence of another act does not outrank the asked act's own common-noun place
			if goal, moved := e.movedGoal(q, s, ph); moved {
				if goal != "" {
					return placeReply(goal, s), true
				}
				continue // the asked place is the goal: the source is not where it is
			}
			return placeReply(ph, s), true
		}
		e.commonPlaceIn(q, c, first, &common, &partial) // "in the parking lot of a bowling alley", if no sentence names a place
		if ph := basedPlace(q, s); ph != "" && !based.found {
			based = placeReply(ph, s) // "the Dayton-based company", if no sentence names a place after a preposition
		}
		if ph := datelinePlace(s); ph != "" && !lead.found && wholeQuestion(c) && !e.inQuestion(q, ph) {
			lead = placeReply(ph, s) // the lead's event is set at its dateline
		}
		if !lead.found {
			lead = e.headlineDateline(q, c) // the headline's event is the lead's
		}
	}
	if r, ok := e.theirVenue(q, held, common.found); ok {
		return r, true // "where did they play": the main actors' venue, within the dateline's city
	}
	if r, ok := e.storyEventVenue(q, held, common.found); ok {
		return r, true // "where was the game": the story's event, at its venue (eventvenue.go)
	}
	if r := firstFound(based, lead); r.found {
		return r, true // a based place, the dateline
	}
	if r, ok := e.residence(q); ok && !common.found {
		return r, true // "where does she live": "Ruth Blackhorse, 71, of Browning"
	}
	return firstFound(common, partial), common.found || partial.found
}

// commonPlaceIn sets, from candidate c's sentence, the common-noun place
// nearest its matched words (or a bearing: "3 miles east of the main
// shock", bearingplace.go): as common when c holds the whole question,
// as partial when c is the first answering sentence, which holds only part
// of it by its own words ("The colony will live in a new hive in
// Brennan's orchard" for "where are the bees going to live"), not only
// through the sentence before ("Its new clerk once worked at a gas
// station" after the sale asked): partial is the last resort, when no
// sentence names a place.
func (e *Engine) commonPlaceIn(q *query, c candidate, first bool, common, partial *reply) {
	if common.found {
		return
	}
	s := &e.r.sents[c.s]
	ph, ok := e.nearestSpan(s, c.matched, append(e.commonPlaces(s.text), e.bearingPlaces(s.text)...), q)
	switch {
	case !ok:
	case wholeQuestion(c):
		*common = placeReply(ph, s)
	case first && !partial.found && len(c.matched) > 0: // held by its own words, not only through the sentence before
		*partial = placeReply(ph, s)
	}
}

// theirVenue answers a where-question whose subject is a "they" with
// nothing to refer to by the story's main actors' venue. It does so only
// when a sentence held the question (held) and none holding the whole
// question gives the act's own place (common): "where did they lock up
// the guard" of "the guard was locked in a storage closet" asks that
// closet, "they" being the unnamed doers, English's impersonal "they"
// (Quirk et al. 1985, §6.21), not a venue.
func (e *Engine) theirVenue(q *query, held, common bool) (reply, bool) {
	if g, pronoun := pronounGender(q.toks); !held || !pronoun || g != 0 || len(q.subjects) > 0 || common {
		return reply{}, false
	}
	return e.venue()
}

// placeOfKind answers a where-question that asks a place of its own
// kind: an organisation's base, a finishing place, a workplace, or the
// goal of a motion.
func (e *Engine) placeOfKind(q *query) (reply, bool) {
	if r, ok := e.orgBase(q); ok {
		return r, true // "where is Osgood": "Osgood, based in Austin, Texas"
	}
	if r, ok := e.placing(q); ok {
		return r, true // "what place did he finish": "finishing ninth"
	}
	if r, ok := e.whichPlace(q); ok {
		return r, true // "which city was she mayor of": "mayor of Eugene"
	}
	if r, ok := e.workplace(q); ok {
		return r, true
	}
	return e.direction(q)
}

// personFrom answers where a person the question names is from: the
// home the article gives, else the nationality, unless a state was asked.
func (e *Engine) personFrom(q *query) (reply, bool) {
	if r, ok := e.home(q); ok {
		return r, true
	}
	if !strings.Contains(strings.ToLower(q.raw), "state") {
		return e.nationality(q)
	}
	return reply{}, false // where a person is from, and the article does not say
}

// placeReply answers with place phrase ph of sentence s.
func placeReply(ph string, s *sentence) reply {
	return reply{found: true, head: capitalise(strings.TrimRight(ph, ".")) + ".", used: []*sentence{s}}
}

// namedPlaces are the named places of text: placeSpans and those after
// "off" (offplace.go), the objects of "leave", "cross", "enter"
// (objectplace.go), after "on" only on a place noun, each with its common head noun and the common-noun
// place it postmodifies; a name premodifying an event is none (eventPremodifiersDropped).
func (e *Engine) namedPlaces(text string) [][]int {
	spans := e.withIndefinitePlaces(text, e.withCommonHead(text, e.onPlaces(text, e.withObjectPlaces(text, e.withOffPlaces(text, placeSpans(text)))))) // "at a Kwik Fuel gas station" (indefiniteplace.go); "leaving Mill Street" (objectplace.go)
	return e.withCommonNoun(text, e.eventPremodifiersDropped(text, spans))
}

// personsDropped leaves out, for a question that asks no source, each
// span of "from" and a person's full name: "a corner kick from Albert
// Rusnak" tells who passed the ball, not where anything was. "From"
// marks a source (Quirk et al. 1985, §9.15), and a person as source is
// where something came from, never where a thing is or happens; a
// question that asks "where … from" keeps them ("from his brother").
// Only a name that opens with a given name counts, as the reading may
// take a place for a person; a person after "in" or "at" is left alone,
// which the TEST pool showed a place may need.
func (e *Engine) personsDropped(q *query, text string, spans [][]int) [][]int {
	if asksSource(q) {
		return spans
	}
	var out [][]int
	for _, sp := range spans {
		f := strings.Fields(text[sp[0]:sp[1]])
		for len(f) > 1 && (prepositions[strings.ToLower(f[0])] || strings.ToLower(f[0]) == "in" || determiners[strings.ToLower(f[0])]) {
			f = f[1:]
		}
		name := strings.TrimRight(strings.Join(f, " "), ".,;:")
		person := len(f) > 1 && strings.HasPrefix(strings.ToLower(text[sp[0]:sp[1]]), "from ") && knowledge.IsGivenName(strings.ToLower(f[0])) && slices.ContainsFunc(e.a.Entities, func(en knowledge.Entity) bool { return en.Kind == knowledge.Person && en.Name == name })
		if !person {
			out = append(out, sp)
		}
	}
	return out
}

// eventPremodifiersDropped leaves out each span ending in a name that is
// followed by up to two lower-case nouns ending in an event noun (eventHead): "in
// Dayton shooting", "in the Lakeland fire" tell what it was in connection
// with, not where.
func (e *Engine) eventPremodifiersDropped(text string, spans [][]int) [][]int {
	if e.noLex {
		return spans
	}
	var out [][]int
	for _, sp := range spans {
		f := strings.Fields(text[sp[0]:sp[1]])
		if len(f) == 0 || f[len(f)-1][0] < 'A' || f[len(f)-1][0] > 'Z' {
			out = append(out, sp) // "at the Corvell public library starting next week": a common head ends the place
			continue
		}
		at, ev := sp[1], false
		for n := 0; n < 2 && !ev; n++ {
			m := nextWord.FindStringSubmatchIndex(text[at:])
			if m == nil || stopWords[text[at+m[2]:at+m[3]]] || prepositions[text[at+m[2]:at+m[3]]] || !e.canBe(text[at+m[2]:at+m[3]], "noun") {
				break // "from Balloon Fiesta Park at dawn": a preposition opens another phrase
			}
			at += m[1]
			ev = e.eventHead(text[sp[0]:at])
		}
		if !ev {
			out = append(out, sp)
		}
	}
	return out
}

// placeSpans are the places placeRe finds in text, leaving out a name
// that ends in a possessive: it determines a common noun ("in Sessions'
// capacity"), it is not the place; a month or a day of the week: "in
// August" and "on Thursday" say when, not where; and a bearing that
// describes the place named before it (bearingAppositive).
func placeSpans(text string) [][]int {
	var out [][]int
	for _, sp := range placeRe.FindAllStringSubmatchIndex(text, -1) {
		name := strings.TrimRight(text[sp[2]:sp[3]], ",")
		if strings.HasSuffix(name, "'") || strings.HasSuffix(name, "’") || strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") {
			continue
		}
		if calendarName(name) || len(out) > 0 && bearingAppositive.MatchString(text[:sp[0]]) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// bearingAppositive ends the text before a compass bearing that locates
// the place just named, set off by a comma with its distance ("in
// Vardell, 40 miles north of Alder Creek"): the appositive describes
// that place (Quirk et al. §17.65), it is not another.
var bearingAppositive = lazyRE(`,\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?[\d,.]+\s+(?:miles?|kilometers?|km|feet|yards|meters?)\s+$`)

// calendarName reports whether a capitalised phrase opens with the name of
// a month or of a day of the week (AP Stylebook, "months", "days of the
// week"): a time, not a place.
func calendarName(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	w := strings.ToLower(strings.TrimSuffix(first, "."))
	if monthNames[w] > 0 {
		return true
	}
	for _, d := range weekdayNames {
		if strings.EqualFold(d, w) {
			return true
		}
	}
	return false
}

// withCommonHead extends each place span over the common nouns after its
// proper name when they end in a noun for a building or place ("the
// Corvell public library", "the Ames water plant"): the proper noun there
// modifies the head noun (Quirk et al., §17.108), and the place is the
// whole noun phrase. So too with no article before the name, as a
// headline drops it (AP Stylebook, "headlines": "Fire at Oregon sawmill"
// is at an Oregon sawmill, not at Oregon). The head must be a WordNet
// kind of structure, facility or location.
func (e *Engine) withCommonHead(text string, spans [][]int) [][]int {
	if e.noLex {
		return spans
	}
	for k, sp := range spans {
		end, at := sp[3], sp[3]
		for n := 0; n < 3; n++ {
			m := nextWord.FindStringSubmatchIndex(text[at:])
			if m == nil {
				break
			}
			w := text[at+m[2] : at+m[3]]
			if !e.canBe(w, "noun") && !e.canBe(w, "adj") || stopWords[w] {
				break
			}
			at += m[1]
			if e.canBe(w, "noun") && e.placeNoun(singular(w)) {
				end = at
			}
		}
		if end > sp[3] {
			spans[k] = []int{sp[0], end, sp[2], end}
		}
	}
	return spans
}

// nextWord is the next lower-case word, after a single space.
var nextWord = lazyRE(`^ ([a-z]+)\b`)

// placeNoun reports whether WordNet files noun w under a building, a
// facility or a location.
func (e *Engine) placeNoun(w string) bool {
	return e.lex.KindOf(w, "structure") || e.lex.KindOf(w, "facility") || e.lex.KindOf(w, "location")
}

// sourceOnly keeps, when the question asks "where … from", the places
// introduced by "from": the preposition marks the source of a movement
// (Quirk et al., §9.15), and a place after "in" or "at" is where one is
// now ("arrived in Merriton from the Cedar Ridge Zoo"). Without a "from"
// place, all stay.
func sourceOnly(q *query, text string, spans [][]int) [][]int {
	if !asksSource(q) {
		return spans
	}
	var out [][]int
	for _, sp := range spans {
		if strings.HasPrefix(strings.ToLower(text[sp[0]:]), "from") {
			out = append(out, sp)
		}
	}
	if len(out) == 0 {
		out = sourceHeaded(text, spans) // "from 38 restaurants in the South Sound" (sourcephrase.go)
	}
	if len(out) == 0 {
		return spans
	}
	return out
}

// asksSource reports whether q asks "where … from".
func asksSource(q *query) bool {
	return strings.HasSuffix(strings.TrimRight(strings.ToLower(q.raw), "?!. "), " from")
}

// homeQuestion asks where a person is from or what they represent.
var homeQuestion = lazyRE(`\b(from|represent|represents|home|hometown|nationality)\b|\bwhat country\b`)

// nearestSpan picks, of the spans found in s (submatch 1), the one closest
// to the matched tokens whose words the question does not already name.
func (e *Engine) nearestSpan(s *sentence, matched []int, spans [][]int, q *query) (string, bool) {
	best, bestD, bestEnd, bestAt := "", math.MaxInt, -1, -1
	for _, sp := range spans {
		a, b := sp[2], sp[3]
		text := strings.TrimRight(s.text[a:b], ",")
		if e.inQuestion(q, text) || inOtherClause(s, matched, a) || inAppositive(s, matched, a) || e.comparisonDomain(s, a) {
			continue
		}
		d := 1000
		for _, m := range matched {
			if s.toks[m].start >= a && s.toks[m].end <= b {
				continue // a word of the name itself ("the Rhino Recovery Alliance" for "rhino") names something else
			}
			d = min(d, abs(s.toks[m].start-a))
		}
		if d < bestD {
			best, bestD, bestEnd, bestAt = s.text[measuredBearingStart(s.text, sp[0]):b], d, b, a // "about 9 miles northwest of El Reno" (measuredbearing.go)
		}
	}
	trimmed := strings.TrimRight(best, ",")
	if trimmed != "" {
		end := bestEnd - (len(best) - len(trimmed))
		if listed := e.withPlaceList(s, trimmed, end); !inSpans(s.times, bestAt) || timesOnly(s, end, end+len(listed)-len(trimmed)) {
			trimmed = listed // "in Seattle, Portland and Boise" (placelist.go); "in March, April and May", but no "Thursday, and Evergy said …"
		}
	}
	return trimmed, best != ""
}

// timesOnly reports whether every capitalised word of s between byte
// offsets from and to lies in one of its time expressions.
func timesOnly(s *sentence, from, to int) bool {
	for _, t := range s.toks {
		if t.start >= from && t.end <= to && t.cap && !inSpans(s.times, t.start) {
			return false
		}
	}
	return true
}

// inQuestion reports whether all the words of a phrase are the question's,
// in any inflected form ("next year" in "next years race"): what the
// question already says is given, not asked. A capitalised month name is
// a word of the phrase even where it is spelt like a function word: "in
// May" names the month, not the modal (monthWord).
func (e *Engine) inQuestion(q *query, phrase string) bool {
	for _, t := range tokenize(phrase) {
		found := false
		for _, x := range q.toks {
			if x.lower == t.lower || x.stem == t.stem {
				found = true
			}
		}
		if !found && (!stopWords[t.lower] || monthWord(t)) {
			return false
		}
	}
	return true
}

// homeRe finds where a person is from in an appositive: "of Toledo, Ohio",
// "from Reno".
var homeRe = lazyRE(`^,\s+(?:\d{1,3},\s+)?(?:[^,]*\s)?(?:of|from)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*` + stateTail + `)`)

// ofPlaceRe is a name's hometown joined by "of" with no comma ("Gary
// Whitcomb of Fort Collins was spotted …"), as AP style writes a
// person's town on first reference.
var ofPlaceRe = lazyRE(`^\s+of\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)(` + stateTail + `)`)

// placeOfName is the place "of" joins to a name at the start of rest,
// when the words after "of" name a place the article knows as one (not
// an employer: "Ann Cole of the Red Cross", "Lee Park of Acme"), with
// its state; "" otherwise.
func (e *Engine) placeOfName(rest string) string {
	m := ofPlaceRe.FindStringSubmatch(rest)
	if m == nil {
		return ""
	}
	for _, ent := range e.a.Entities {
		if ent.Kind == knowledge.Place && (ent.Name == m[1] || slices.Contains(ent.Aliases, m[1])) {
			return m[1] + m[2]
		}
	}
	return ""
}

// stateTail is the state set off by a comma after a town ("Toledo, Ohio",
// "Gary, Ind.", "Fargo, North Dakota"): one capitalised word, or both words
// of a U.S. state's name that opens with a compass point, "New" or
// "Rhode" (the U.S. Postal Service state names: New Hampshire, New Jersey, New Mexico,
// New York, North Carolina, North Dakota, Rhode Island, South Carolina,
// South Dakota, West Virginia), which AP style spells out in the body of
// a story.
const stateTail = `(?:,\s+(?:(?:New|North|South|West|Rhode)\s+[A-Z][a-z]+|[A-Z][\w.]*))?`

// home answers which state or place a person represents or comes from: the
// state of an AP party tag ("D-Ore."), or the place of an appositive ("of
// Toledo, Ohio").
func (e *Engine) home(q *query) (reply, bool) {
	for _, x := range e.homeSubjects(q) { // "his lawyer": the lawyer (possessedhome.go)
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		for _, r := range e.rolesOf(x) {
			if m := partyTag.FindStringSubmatch(r.text); m != nil {
				if st := knowledge.USState(m[2]); st != "" {
					return reply{found: true, head: fmt.Sprintf("%s (%s).", st, r.text), used: []*sentence{r.s}}, true
				}
				if town := strings.TrimSpace(strings.TrimPrefix(r.text, m[1]+"-")); town != r.text && knowledge.GazetteerPlace(town) == "" {
					// a state legislator's tag gives the hometown, not the
					// state (AP Stylebook, "party affiliation": "state Sen.
					// Richard Roe, R-Sheridan")
					return reply{found: true, head: fmt.Sprintf("%s (%s).", town, r.text), used: []*sentence{r.s}}, true
				}
			}
		}
		for i := range e.r.sents {
			s := &e.r.sents[i]
			for _, sp := range e.ownNameSpans(s, x) { // not the tail of another's full name (sharedsurname.go)
				if m := homeRe.FindStringSubmatch(s.text[sp[1]:]); m != nil {
					return reply{found: true, head: endSentence(m[1]), used: []*sentence{s}}, true
				}
				if p := e.placeOfName(s.text[sp[1]:]); p != "" {
					return reply{found: true, head: endSentence(p), used: []*sentence{s}}, true
				}
				if p := e.unknownHometown(s.text[sp[1]:]); p != "" {
					return reply{found: true, head: endSentence(p), used: []*sentence{s}}, true // unknownhometown.go
				}
				if p := e.possessivePlace(s, sp[0]); p != "" {
					return reply{found: true, head: endSentence(p), used: []*sentence{s}}, true // "Kenya's Daniel Kiptoo" (possessiveplace.go)
				}
			}
		}
		if r, ok := e.origin(x); ok {
			return r, true
		}
		if r, ok := e.placedRoleHome(x); ok {
			return r, true // "a Duluth librarian" (placedrole.go)
		}
		if r, ok := e.affiliationHome(x); ok {
			return r, true // "Charles Cadieux of the University of Montreal" (affiliation.go)
		}
	}
	return reply{}, false
}

// originRe finds where a person was born or grew up, the origin a
// biography gives ("was born in Toledo", "Born Harold Brandt in Duluth",
// "grew up in Reno", "a native of Gary, Ind."): the AP Stylebook's
// obituary items of birth and upbringing.
var originRe = lazyRE(`\b(?:(?:[Bb]orn|[Rr]aised|grew up)\b[^.;"“]*?\bin|[Nn]ative of)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*` + stateTail + `)`)

// origin answers where person x is from by the sentence that tells where
// they were born or raised.
func (e *Engine) origin(x int) (reply, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !contains(s.named, x) && !contains(s.refs, x) {
			continue
		}
		for _, m := range originRe.FindAllStringSubmatch(s.text, -1) {
			place := strings.TrimRight(m[1], ",")
			if xs, _ := e.entitiesIn(tokenize(place)); len(xs) > 0 && e.r.ents[xs[0]].kind == knowledge.Person {
				continue // "Born Harold Brandt in Duluth": the name, then the place
			}
			return reply{found: true, head: endSentence(place), used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// nationality answers what country a person represents from the
// nationality their description gives ("French ambassador").
func (e *Engine) nationality(q *query) (reply, bool) {
	for _, x := range q.subjects {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		for _, r := range e.rolesOf(x) {
			for _, t := range tokenize(r.text) {
				if t.cap && !isTitleWord(t.lower) && !t.poss && partyWord(t.lower) == "" && demonymLike(t.lower) {
					return reply{found: true, head: fmt.Sprintf("The article calls %s %s.", e.a.Entities[x].Name, strings.TrimSuffix(withArticle(r.text), ".")), used: e.namedWith(x, r.s)}, true
				}
			}
		}
	}
	return reply{}, false
}

// demonymLike reports whether a word has the form of an English
// nationality adjective (-an, -ian, -ese, -ish, -ch, -i: Quirk et al.,
// Appendix I.50).
func demonymLike(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "ch", "i", "ic"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}
