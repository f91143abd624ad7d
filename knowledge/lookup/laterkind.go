package lookup

import (
	"strings"

	"storybot/knowledge"
)

// A news story names a thing generically in its lead ("using a
// helicopter", "the pickup truck that struck") and says which make or
// model it was only further down ("a Black Hawk helicopter", "a gray 2016
// Ford F-150"): the inverted pyramid puts what happened first and the
// particulars after it (AP Stylebook, "inverted pyramid"; Cappon 1982,
// The Word, ch. 2). A proper name premodifying the noun, or a maker's name
// with a model designation, says more of the thing's kind than a common
// premodifier does (AP Stylebook, "aircraft names", "Boeing 737"; Quirk et
// al. 1985, §17.76, proper nouns in premodification), so "what kind of N"
// takes the later, named kind over the generic mention.

// kindByLaterName answers "what kind of N was it", asking only the kind
// of the story's N, with the body's proper-name kind of N ("Black Hawk
// helicopter") or, for a vehicle, the one maker and model the body names
// ("Ford F-150").
func (e *Engine) kindByLaterName(q *query, noun string) (reply, bool) {
	word := askedWord(q, noun)
	if e.lex == nil || word == "" || len(q.subjects) > 0 || len(restTerms(q, noun)) > 0 {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 {
			continue // a headline is no report of the particulars
		}
		if p := e.properKindPhrase(s, noun); p != "" {
			return reply{found: true, head: capitalise(p) + ".", used: []*sentence{s}}, true
		}
	}
	if !e.lex.KindOf(word, "vehicle") {
		return reply{}, false
	}
	return e.onlyVehicleModel()
}

// properKindPhrase is the proper name and noun of a noun phrase of s
// opened by an article whose head is noun and whose premodifier is a
// capitalised name that is no organisation or place of the article ("a
// Black Hawk helicopter", not "a National Guard helicopter", whose name
// says whose it is); "" when s has none.
func (e *Engine) properKindPhrase(s *sentence, noun string) string {
	for i, t := range s.toks {
		if t.cap || !t.meets(noun) {
			continue
		}
		j := i
		for j > 0 && s.toks[j-1].cap && !s.toks[j-1].poss && !stopWords[s.toks[j-1].lower] && s.toks[j-1].end == s.toks[j].start-1 {
			j--
		}
		if j == i || j == 0 || sentenceStart(s, j) || !articleWords[s.toks[j-1].lower] {
			continue
		}
		name := s.text[s.toks[j].start:s.toks[i-1].end]
		if e.entityNameIn(s, name) {
			continue
		}
		return s.text[s.toks[j].start:t.end]
	}
	return ""
}

// articles are the definite and indefinite articles (Quirk et al., §5.12).
var articleWords = set("a", "an", "the")

// entityNameIn reports whether name is part of the name, or of an alias,
// of an organisation or place s names, which premodifies a noun to say
// whose it is or where ("a National Guard helicopter", "a Denver bus"),
// not what kind (Quirk et al. 1985, §17.108).
func (e *Engine) entityNameIn(s *sentence, name string) bool {
	for _, x := range s.named {
		ent := e.a.Entities[x]
		if ent.Kind == knowledge.Person {
			continue // a make named for someone is read as a person ("a Black Hawk")
		}
		for _, n := range append([]string{ent.Name}, ent.Aliases...) {
			if strings.Contains(n, name) {
				return true
			}
		}
	}
	return false
}

// onlyVehicleModel is the maker and model of the one vehicle the body
// names by them, after an article and any adjectives and model year ("a
// gray 2016 Ford F-150"); none when it names none or more than one.
func (e *Engine) onlyVehicleModel() (reply, bool) {
	var found reply
	n := 0
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 {
			continue
		}
		for k := range s.toks {
			if p := e.yearMakeModel(s, k); p != "" {
				n++
				found = reply{found: true, head: capitalise(p) + ".", used: []*sentence{s}}
			}
		}
	}
	return found, n == 1
}

// yearMakeModel is the maker and model ending at token i of s, when a
// maker's capitalised name stands before the designation and an article
// opens the phrase, with only adjectives and a year between them.
func (e *Engine) yearMakeModel(s *sentence, i int) string {
	if !e.modelDesignation(s, i) {
		return ""
	}
	j := i
	for j > 0 && s.toks[j-1].cap && !stopWords[s.toks[j-1].lower] && !s.toks[j-1].poss && s.toks[j-1].end == s.toks[j].start-1 {
		j--
	}
	if j == i || sentenceStart(s, j) {
		return ""
	}
	k := j
	for k > 0 && (yearOf(s.toks[k-1]) > 0 || e.kindModifier(s, k-1)) {
		k--
	}
	if k == 0 || !articleWords[s.toks[k-1].lower] {
		return ""
	}
	return s.text[s.toks[j].start:s.toks[i].end]
}
