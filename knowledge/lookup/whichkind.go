package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// A which-question names the kind of thing it asks for ("which company");
// an entity the sentence names is an answer only if it is of that kind.

// ofAskedKind reports whether entity x, named in s, can answer a
// which-question about noun: not named only in the dateline, and not a
// body whose name says it is of another kind.
func (e *Engine) ofAskedKind(s *sentence, x int, noun string) bool {
	// noun is the question's word ("company"), not its stem
	if e.r.ents[x].kind == knowledge.Person {
		return e.calledBy(x, noun) // "which judge": one the article calls a judge
	}
	if e.r.ents[x].kind == knowledge.Place && !e.placeClassFits(x, noun) {
		return false // "which county": Fresno County, not California (placeclass.go)
	}
	return !e.onlyInDateline(s, x) && !e.onlyInCredit(s, x) && !e.otherBody(x, noun)
}

// onlyInCredit reports whether every mention of x in caption s is in the
// photo credit at its end ("(AP Photo/Grant Halvorsen)"): like the
// dateline, the credit names who made the picture, no actor in the story
// (AP Stylebook, "photo credits").
func (e *Engine) onlyInCredit(s *sentence, x int) bool {
	if s.part != "caption" {
		return false
	}
	text, credit := splitCredit(s.text)
	if credit == "" {
		return false
	}
	return e.namedOnlyIn(s, x, len(text), len(s.text))
}

// namedAs reports whether entity x's name holds noun ("Senate Education
// Committee" for committee) or the article describes x by it.
func (e *Engine) namedAs(x int, noun string) bool {
	for _, t := range tokenize(e.a.Entities[x].Name) {
		if t.meets(stemOf(noun)) {
			return true
		}
	}
	return e.calledBy(x, noun)
}

// calledBy reports whether the article describes person x by noun or a
// noun WordNet files under it ("U.S. District Judge Margaret Tull" for
// judge). A relative clause in a description postmodifies its head and
// tells what the person did, not what they are called (Quirk et al.,
// §17.8): "a Democrat who wrote the bill" calls no one a bill.
func (e *Engine) calledBy(x int, noun string) bool {
	stem := stemOf(noun)
	for _, r := range e.rolesOf(x) {
		for _, t := range e.wordsOf(r) {
			if relativePronouns[t.lower] {
				break
			}
			if possessorWord(t) {
				continue // "The store's owner" is no store (possessorrole.go)
			}
			if t.meets(stem) || !e.noLex && e.lex.KindOf(t.lower, noun) {
				return true
			}
		}
	}
	return false
}

// onlyInDateline reports whether every mention of x in s is in its
// dateline ("RALEIGH, N.C. (AP) —"): the dateline credits the agency that
// wrote the story, which is no actor in it (AP Stylebook, "datelines").
func (e *Engine) onlyInDateline(s *sentence, x int) bool {
	end := datelineEnd(s)
	if end == 0 {
		return false
	}
	return e.namedOnlyIn(s, x, 0, s.toks[end].start)
}

// namedOnlyIn reports whether x is named in s and every mention of it
// starts within the bytes [from, to).
func (e *Engine) namedOnlyIn(s *sentence, x, from, to int) bool {
	spans := e.nameSpans(s, x)
	for _, sp := range spans {
		if sp[0] < from || sp[0] >= to {
			return false
		}
	}
	return len(spans) > 0
}

// otherBody reports whether x's name ends in a common noun for a kind of
// group that WordNet does not file under noun ("Raleigh City Council" is
// a council, not a company): an organisation's name commonly ends in the
// noun that says what kind of body it is, or in that noun and an
// of-phrase postmodifying it ("Ohio Department of Education" is a
// department: Quirk et al., ch. 17, the of-phrase as postmodifier of the
// head). A name ending in no such noun ("Meridian", "Tacoma Tide") says
// nothing of its kind.
func (e *Engine) otherBody(x int, noun string) bool {
	if e.noLex {
		return false
	}
	toks := tokenize(e.a.Entities[x].Name)
	if len(toks) < 2 {
		return false
	}
	head := strings.TrimSuffix(strings.ToLower(toks[len(toks)-1].text), ".")
	if k := ofHead(toks); k >= 0 {
		head = toks[k].lower // "Ohio Department of Education" is a department
	}
	if full, ok := corporateAbbrevs[head]; ok {
		head = full // "Orchard Labs Inc." is a company
	}
	if stemsMeet(stemOf(head), stemOf(noun)) || agencyCovers(head, noun) {
		return false // agencyhead.go: a department is an agency
	}
	if premodifiedBy(toks, noun) && e.canBe(head, "noun") && !e.lex.KindOf(head, noun) {
		return true // "Harlow City School District" is a district, not a school
	}
	if !e.lex.KindOf(head, "social_group") || !e.lex.KindOf(noun, "social_group") {
		return false
	}
	return !e.lex.KindOf(head, noun) && !e.lex.KindOf(noun, head) // "which league": an association may be one (headkind.go)
}

// premodifiedBy reports whether noun stands in a name before its last
// word, modifying the head rather than heading the name: a noun before
// the head of a noun phrase classifies it (Quirk et al., §17.108), so a
// "School District" is a kind of district.
func premodifiedBy(toks []token, noun string) bool {
	for _, t := range toks[:len(toks)-1] {
		if t.lower == "of" {
			return false // "Board of Education": the words after "of" postmodify
		}
		if t.meets(stemOf(noun)) {
			return true
		}
	}
	return false
}

// datelinePlaces are the places among xs that the article's dateline
// names: the dateline gives where the story happened (AP Stylebook,
// "datelines"), so every sentence is set there and none need name it
// again ("who won the monterey final" of a story datelined MONTEREY).
func (e *Engine) datelinePlaces(xs []int) []int {
	var out []int
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 {
			continue
		}
		end := datelineEnd(s)
		if end == 0 {
			return nil
		}
		for _, x := range xs {
			if e.r.ents[x].kind == knowledge.Place && slices.ContainsFunc(e.nameSpans(s, x), func(sp [2]int) bool { return sp[0] < s.toks[end].start }) {
				out = append(out, x)
			}
		}
		return out
	}
	return nil
}

// ofHead is the index of the word before a name's first "of" ("Department"
// of "Ohio Department of Education"), the head its of-phrase
// postmodifies, or -1.
func ofHead(toks []token) int {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].lower == "of" {
			return k - 1
		}
	}
	return -1
}
