package lookup

import (
	"slices"
	"strings"
	"unicode"

	"storybot/knowledge"
)

// Names asked for by description (part of stage 4): "what's the nurses'
// union called" asks for the proper name of a thing the question
// describes by a common noun, which the article may use in one sentence
// and name in another. A proper name of an organisation or a place
// commonly repeats the noun of its members or its kind ("Northwoods
// Nurses Association", "Harvest Festival": Quirk et al., §5.64–5.66 on
// proper nouns built from common ones), so the thing is the one entity
// whose name holds the description's modifiers and whose kind the head
// noun is.

// calledCue is "what is the X called" or "what's X named".
var calledCue = lazyRE(`^ ?(?:what|whats|what's)(?: is| was| are| were)? (?:the |their |his |her |its |that |this )?(.+?) (?:called|named)\s*[?.!]*\s*$`)

// entityKindNoun is the WordNet noun each kind of entity is a kind of.
var entityKindNoun = map[knowledge.EntityKind]string{
	knowledge.Organisation: "organization",
	knowledge.Place:        "location",
}

// nameOfCue is "what is the name of the X": the same question.
var nameOfCue = lazyRE(`^ ?(?:what|whats|what's)(?: is| was)? the name of (?:the |their |his |her |its |that |this )(.+?)\s*[?.!]*\s*$`)

// genitiveNameCue is "what's the X's name": the genitive of the thing
// named is the of-phrase's paraphrase (Quirk et al., §5.116, "the
// team's name" and "the name of the team").
var genitiveNameCue = lazyRE(`^ ?(?:what|whats|what's)(?: is| was)? (?:the |their |his |her |its |that |this )(.+?)'s name\s*[?.!]*\s*$`)

// bareGenitiveName is genitiveNameCue's match for a question whose
// genitive before "name" chat typed without its apostrophe ("whats the
// dogs name"), which commonGenitives has marked: the same question as
// "what's the dog's name", or nil.
func bareGenitiveName(q *query) []string {
	for i := 1; i+1 < len(q.toks); i++ {
		if q.toks[i].poss && q.toks[i-1].lower == "the" && !whWords[q.toks[i].lower] && q.toks[i+1].lower == "name" {
			return []string{"", q.toks[i].lower}
		}
	}
	return nil
}

// calledName answers "what is the X called" with the one organisation or
// place whose name holds X's modifiers and is of X's kind, or that the
// article names in apposition to "the X". "What is the name of the X"
// asks the same; a person so asked for is left to the readers of roles.
func (e *Engine) calledName(q *query) (reply, bool) {
	m := nameAskedOf(strings.ToLower(q.raw))
	if m == nil {
		m = bareGenitiveName(q) // "whats the dogs name" (chatgenitive.go)
	}
	if m == nil || e.noLex {
		return reply{}, false
	}
	var words []string
	for _, w := range strings.Fields(m[1]) {
		w = strings.Trim(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'"), ".,'")
		if w != "" && !stopWords[w] && !chatWords[w] {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return reply{}, false
	}
	head, mods := words[len(words)-1], words[:len(words)-1]
	premod, premodAt := "", (*sentence)(nil)
	if len(mods) == 0 {
		premod, premodAt = e.storyPremodName(head) // "The Oak Ridge fire" (premodnames.go)
	}
	if premod != "" && commonHeaded(premod) {
		return reply{found: true, head: capitalise(premod) + ".", used: []*sentence{premodAt}}, true // not the agency "Cal Fire"
	}
	found := -1
	for x, en := range e.a.Entities {
		if !e.nameFits(x, en.Kind, head, mods) {
			continue
		}
		if found >= 0 {
			if len(mods) > 0 || !e.leadTells(head) {
				return reply{}, false // two things fit: the question does not say which
			}
			// "the fire" is the story's, which the lead tells of: the one
			// the story names first (AP Stylebook, "lead")
			found = e.namedFirst(found, x)
			continue
		}
		found = x
	}
	if found < 0 {
		x, s := e.appositiveName(head, mods)
		if x < 0 {
			if name, s := e.participleNamed(head, mods); name != "" {
				return reply{found: true, head: name + ".", used: []*sentence{s}}, true // "The planet, called LHS 1140 b," (namingparticiple.go)
			}
			if name, s := e.closeNamed(head, mods); name != "" {
				return reply{found: true, head: name + ".", used: []*sentence{s}}, true // "The research ship Falkor" (closename.go)
			}
			if r, ok := e.namingSentence(head); ok {
				return r, true // "to call the campus Ramona Ybarra Middle School" (namingsentence.go)
			}
			if name, s := e.appositiveCommonName(head, mods); name != "" {
				return reply{found: true, head: strings.ToUpper(name[:1]) + name[1:] + ".", used: []*sentence{s}}, true // "microcystin, a liver toxin" (commonname.go)
			}
			if premod != "" {
				return reply{found: true, head: capitalise(premod) + ".", used: []*sentence{premodAt}}, true // a capitalised head no entity of the article fits
			}
			if r, ok := e.whichOfName(head, mods); ok && !slices.ContainsFunc(strings.Fields(m[1]), func(w string) bool { return personalPronouns[w] }) {
				return r, true // "what is the school called": what school it is, "Maple Ridge Elementary"
			}
			if e.asksThingName(q) {
				return e.notSaid(q), true // a thing the article never names: no other name is its name
			}
			return reply{}, false
		}
		return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true
	}
	s := e.firstNaming(found)
	if s == nil {
		return reply{}, false
	}
	return reply{found: true, head: e.a.Entities[found].Name + ".", used: []*sentence{s}}, true
}

// nameFits reports whether entity x, of kind k, is a thing the words
// describe: its name holds every modifier, and holds the head noun or is
// of a kind the head noun is a kind of.
func (e *Engine) nameFits(x int, k knowledge.EntityKind, head string, mods []string) bool {
	kindNoun := entityKindNoun[k]
	if kindNoun == "" {
		return false
	}
	name, words := map[string]bool{}, map[string]bool{}
	for _, f := range e.r.ents[x].forms {
		for _, w := range f {
			name[stemOf(w)] = true
			words[singular(strings.ToLower(w))] = true
			if full, ok := corporateAbbrevs[strings.TrimSuffix(w, ".")]; ok {
				name[stemOf(full)] = true // "Brantley Appliance Co." is a company (AP Stylebook)
				words[singular(strings.ToLower(full))] = true
			}
		}
	}
	for _, w := range mods {
		if !name[stemOf(w)] {
			return false
		}
	}
	if words[singular(head)] {
		return true // the name holds the head noun itself, in any number: "Harvest Festival" (a "Robotics Challenge" is no robot: a derived word names another thing)
	}
	return len(mods) > 0 && e.lex.KindOf(singular(head), kindNoun)
}

// appositiveName is the organisation or place the article names in
// apposition to a description of the asked thing, with the sentence: "the
// contractor, Tri-County Data Services of Duluth, had not ..." or
// "Coastline Risk Analytics, a catastrophe modeling firm, estimated ..."
// (a nonrestrictive appositive identifies or describes the noun phrase
// beside it, in either order: Quirk et al., §17.65). The description
// holds head after a determiner or a possessive, and every modifier
// asked; -1 when no sentence so names one, or when two name different
// ones.
func (e *Engine) appositiveName(head string, mods []string) (int, *sentence) {
	found, at := -1, (*sentence)(nil)
	stem := stemOf(singular(head))
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			if t.cap || !t.meets(stem) {
				continue
			}
			j := descriptionStart(s, k, mods)
			if j < 0 {
				continue
			}
			x := e.nameAfter(s, k)
			if x < 0 {
				x = e.nameBefore(s, j)
			}
			if x < 0 {
				continue
			}
			if found >= 0 && found != x {
				return -1, nil // two things fit: the question does not say which
			}
			found, at = x, s
		}
	}
	return found, at
}

// nameAfter is the organisation or place named in apposition after the
// definite description that ends at token k of s ("the contractor,
// Tri-County Data Services", "her company, Lakeshore Tile"), or -1.
func (e *Engine) nameAfter(s *sentence, k int) int {
	end, relative := relativeEnd(s, k)
	if end+1 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[end].end:s.toks[end+1].start]) != "," {
		return -1
	}
	j := k - 1
	for j >= 0 && s.toks[j].lower != "the" && !s.toks[j].poss && !possessivePronouns[s.toks[j].lower] {
		j-- // a possessive determiner makes the description definite as "the" does: "his firm, Whitford Capital Partners" (Quirk et al., §5.10, §6.29)
	}
	if (j < 0 || j < k-4) && !relative {
		return -1 // "a contractor, ...": an indefinite description names no one thing
	}
	x, n := -1, 0
	at := nameStart(s, end+1)
	for y, ent := range e.r.ents {
		if m := e.formAt(s, y, at); m > n && ent.kind != knowledge.Person {
			x, n = y, m
		}
	}
	if e := at + n; x >= 0 && e < len(s.toks) && (s.toks[e].lower == "and" || s.toks[e].lower == "or") && !commaBetween(s, e-1, e) {
		return -1 // "the vendor, Keystone and the city": a list, not an appositive; AP style sets no comma before a list's last "and" ("comma": serial comma), so ", and used it" goes on with the clause
	}
	if x >= 0 && s.toks[at+n-1].poss {
		return -1 // "The Findlay plant, Hartwell's largest": a possessive determines the description (Quirk et al., §5.115), it names nothing
	}
	if x >= 0 && at+n < len(s.toks) && speechVerbs[s.toks[at+n].lower] {
		return -1 // "hired a contractor, Keystone said": the name opens an attribution
	}
	return x
}

// relativeEnd is the last token of the description whose head noun is at
// k: k itself, or the end of a relative clause of a pronoun subject and a
// past verb that restricts it ("a shell company he controlled", "a firm
// that she founded"; Quirk et al., §17.14, the zero relative). relative
// reports the clause: a description it restricts to the one thing the
// clause picks out is identified by the name apposed to it, as a definite
// one is.
func relativeEnd(s *sentence, k int) (int, bool) {
	j := k + 1
	if j < len(s.toks) && (s.toks[j].lower == "that" || s.toks[j].lower == "which") {
		j++
	}
	if j+1 >= len(s.toks) || !subjectPronouns[s.toks[j].lower] || commaBetween(s, k, j) {
		return k, false
	}
	v := s.toks[j+1].lower
	if !strings.HasSuffix(v, "ed") || commaBetween(s, j, j+1) {
		return k, false
	}
	return j + 1, true
}

// nameBefore is the organisation or place whose name ends just before the
// comma that opens the description starting at token j of s ("Coastline
// Risk Analytics, a catastrophe modeling firm"), or -1.
func (e *Engine) nameBefore(s *sentence, j int) int {
	if j == 0 || s.toks[j].poss || strings.TrimSpace(s.text[s.toks[j-1].end:s.toks[j].start]) != "," {
		return -1
	}
	x, n := -1, 0
	for y, ent := range e.r.ents {
		if ent.kind == knowledge.Person {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-8; i-- {
			if m := e.formAt(s, y, i); m == j-i && m > n {
				x, n = y, m
			}
		}
	}
	return x
}

// descriptionStart is the determiner or possessive that opens, within
// four words before it and with no comma between, the noun phrase whose
// head is token k of s, when the words between hold every modifier; -1
// otherwise.
func descriptionStart(s *sentence, k int, mods []string) int {
	j := k - 1
	for j >= 0 && j >= k-4 && !determiners[s.toks[j].lower] && !s.toks[j].poss {
		j--
	}
	if j < 0 || j < k-4 || strings.Contains(s.text[s.toks[j].end:s.toks[k].start], ",") {
		return -1
	}
	for _, w := range mods {
		if !slices.ContainsFunc(s.toks[j:k], func(t token) bool { return t.meets(stemOf(w)) }) {
			return -1
		}
	}
	return j
}

// holdsName reports whether s holds a word that may be the name of a
// thing: a word with a capital that is not the first of the sentence or
// of the text after its dateline, not a title, not part of a date ("March
// 1975") and not in the name of a person, or a word in a quotation of a
// few words, as a name is quoted; a longer one quotes speech.
// "What is X called" asks for X's name (call with an object complement
// names: Quirk et al., §16.44), so a sentence with none does not answer
// it.
func (e *Engine) holdsName(s *sentence) bool {
	var people [][2]int
	for _, x := range s.named {
		if e.r.ents[x].kind == knowledge.Person {
			people = append(people, e.nameSpans(s, x)...)
		}
	}
	first := datelineEnd(s)
	for k, t := range s.toks {
		if s.quoted != nil && s.quoted[k] && shortQuote(s, k) {
			return true // 'a program called "Fresh Start"'
		}
		if k <= first || !t.cap || isTitleWord(t.lower) || stopWords[t.lower] || inSpans(s.times, t.start) ||
			slices.ContainsFunc(people, func(sp [2]int) bool { return t.start >= sp[0] && t.start < sp[1] }) {
			continue
		}
		return true
	}
	return false
}

// inSpans reports whether byte offset at lies in one of the spans.
func inSpans(spans [][]int, at int) bool {
	for _, sp := range spans {
		if at >= sp[0] && at < sp[1] {
			return true
		}
	}
	return false
}

// shortQuote reports whether quoted token k of s is in a quotation of at
// most four words.
func shortQuote(s *sentence, k int) bool {
	i, j := k, k
	for i > 0 && s.quoted[i-1] {
		i--
	}
	for j+1 < len(s.toks) && s.quoted[j+1] {
		j++
	}
	return j-i < 4
}

// nameAskedOf is the match of the question's cue asking a thing's name:
// "what's the X called", "what's the name of the X", "what's the X's
// name"; nil for none.
func nameAskedOf(low string) []string {
	for _, cue := range []*lazyRegexp{calledCue, nameOfCue, genitiveNameCue} {
		if m := cue.FindStringSubmatch(low); m != nil {
			return m
		}
	}
	return nil
}

// asksThingName reports whether q is "what is the name of the X" where X
// is a short noun phrase none of whose words names a kind of person ("the
// utility", "the call center"): the name asked is the thing's, so a
// person named beside the words is no answer.
func (e *Engine) asksThingName(q *query) bool {
	m := nameAskedOf(strings.ToLower(q.raw))
	if m == nil || e.noLex {
		return false
	}
	words := strings.Fields(m[1])
	if len(words) > 3 {
		return false // "the deputy who flew the drone": a clause may describe anyone
	}
	for _, w := range words {
		w = singular(strings.Trim(w, ".,'?!"))
		if stopWords[w] || isTitleWord(w) || classNouns[w] == "person" || e.isPersonNoun(w) {
			return false
		}
	}
	return true
}

// namedFirst is whichever of entities x and y the article names first.
func (e *Engine) namedFirst(x, y int) int {
	for i := range e.r.sents {
		switch s := &e.r.sents[i]; {
		case contains(s.named, x):
			return x
		case contains(s.named, y):
			return y
		}
	}
	return x
}

// whichOfName answers a question asking the name of "the <mods> <head>"
// as "what <mods> <head> is it" asks it: the name of a thing is the
// proper noun that tells which one of its kind it is (Quirk et al.
// 1985, ch. 5 on proper nouns), and the which-question's stage finds
// instances a name's words do not show ("Maple Ridge Elementary", a
// school). A person is left to the readers of roles, and a description
// with a pronoun ("the library they voted on") to the others: a relative
// clause holds no noun of the thing's kind.
func (e *Engine) whichOfName(head string, mods []string) (reply, bool) {
	if e.personNoun(singular(head)) {
		return reply{}, false
	}
	sub := e.understand("what "+strings.Join(append(slices.Clone(mods), head), " ")+" is it", nil)
	if sub.typ != tWhich {
		return reply{}, false
	}
	r, ok := e.which(sub)
	if !ok || !r.found || r.head == "" || !unicode.IsUpper([]rune(r.head)[0]) {
		return reply{}, false // a passage, or a common noun phrase: no name
	}
	return r, true
}
