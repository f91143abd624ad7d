package lookup

import (
	"strings"

	"storybot/knowledge"
)

// The delayed identification in the body (part of stage 1, reading). News
// writing introduces a person by what they are or did before it names
// them, not only in the lead (delayedlead.go) but in any paragraph that
// opens an anecdote: "A resurfacing machine operator noticed the smell
// first." and then "Travis Okafor, 29, said he smelled the gas …"; "The
// rink manager, a 52-year-old woman, was overcome by fumes." and then
// "Fire officials identified the manager as Lorna Vetter." (Brooks et
// al., "News Reporting and Writing", on the delayed identification; AP
// Stylebook, "identify, identified"). A sentence that names no one and
// opens with an indefinite description of a person ("A hockey parent …"),
// or with a definite role noun and an indefinite appositive ("The hiker,
// a 61-year-old man, …"; Quirk et al. 1985, §17.65–17.72), describes a
// person not yet named; the name the writer then gives is theirs when the
// very next sentence opens with a person named there for the first time,
// set off by a comma as a first reference is (AP Stylebook, "ages": "Ada
// Merriweather, 71,"), or when the next sentences identify the
// description, or him or her, "as" the person.

// resolveDelayedBody ties each body sentence's opening description of an
// unnamed person to the person the story names for it next.
func (e *Engine) resolveDelayedBody() {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || s.para < 2 || e.sentenceNamesPerson(s) {
			continue
		}
		from, head, to := e.openingDescription(s)
		if head < 0 {
			continue
		}
		x := e.identifiedNext(i, head)
		if x < 0 {
			x = e.identifiedPronounNext(i)
		}
		if x < 0 {
			x = e.introducedNext(i)
		}
		if x < 0 || e.ageDisagrees(s, from, head, x) {
			continue
		}
		s.refs = append(s.refs, x)
		for k := from; k < to; k++ {
			e.noteDescription(i, k, x)
		}
		e.addLeadRole(i, from, head, x)
	}
}

// openingDescription finds the description of a person s opens with: "a"
// or "an", up to four premodifiers and a person noun ("A retired land
// surveyor"), or "the", a person noun and a comma before "a" or "an" ("The
// hiker, a 61-year-old man,") or before a nonrestrictive "who" clause
// ("The captain, who was not wearing a survival suit,": Quirk et al.
// 1985, §17.22). It returns the first premodifier, the head
// noun and the end of the whole description (the appositive's too); head
// is -1 when s opens with none.
func (e *Engine) openingDescription(s *sentence) (from, head, to int) {
	if len(s.toks) < 3 {
		return 0, -1, 0
	}
	switch s.toks[0].lower {
	case "a", "an":
		if h := e.indefiniteHeadAt(s, 0); h >= 0 {
			return 1, h, h + 1
		}
	case "the":
		for j := 1; j < len(s.toks)-2 && j <= 4; j++ {
			w := s.toks[j]
			if stopWords[w.lower] || w.cap || w.poss || punctuatedBetween(s.text, s.toks, j) {
				break
			}
			if !commaAfter(s, j) {
				continue
			}
			if a := s.toks[j+1].lower; (a == "a" || a == "an" || a == "who") && e.isPersonNoun(singular(w.lower)) && e.isNoun(w) {
				end := j + 2
				for end < len(s.toks) && !strings.ContainsAny(s.text[s.toks[end-1].end:s.toks[end].start], ",;:—") {
					end++
				}
				return 1, j, end
			}
			break
		}
	}
	return 0, -1, 0
}

// indefiniteHeadAt is the head of the indefinite description of a person
// whose "a" or "an" is token k of s, as indefinitePerson reads one, or -1.
func (e *Engine) indefiniteHeadAt(s *sentence, k int) int {
	for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
		w := s.toks[j]
		if stopWords[w.lower] || punctuatedBetween(s.text, s.toks, j) {
			break
		}
		if ageHeadNoun(s, j) || e.lowerPersonNoun(w) {
			return e.compoundHead(s, j)
		}
	}
	return -1
}

// lowerPersonNoun reports whether w is a lower-case noun WordNet files
// under person, as indefinitePerson reads one.
func (e *Engine) lowerPersonNoun(w token) bool {
	return !w.cap && !w.poss && e.isPersonNoun(singular(w.lower)) && e.lowerCasePerson(singular(w.lower)) && e.isNoun(w)
}

// compoundHead is the last person noun of the noun compound whose first
// person noun is token j of s: the head of an English noun compound is
// its last element (Quirk et al. 1985, §17.108), so in "a resurfacing
// machine operator" the person is the operator, not the "machine" WordNet
// also files under person.
func (e *Engine) compoundHead(s *sentence, j int) int {
	h := j
	for k := j + 1; k < len(s.toks) && k <= j+2; k++ {
		w := s.toks[k]
		if stopWords[w.lower] || punctuatedBetween(s.text, s.toks, k) || !e.lowerPersonNoun(w) {
			break
		}
		h = k
	}
	return h
}

// identifiedPronounNext is the person the sentence after i, in its
// paragraph or the next, identifies with "identified him as" or
// "identified her as", or in the passive, "He was identified … as"
// (passiveidentified.go); -1 when it does not.
func (e *Engine) identifiedPronounNext(i int) int {
	if i+1 >= len(e.r.sents) || e.r.sents[i+1].para > e.r.sents[i].para+1 {
		return -1
	}
	s := &e.r.sents[i+1]
	if x := e.passivePronounIdentified(s); x >= 0 {
		return x // "He was identified by his family as …" (passiveidentified.go)
	}
	for k := 0; k+3 < len(s.toks); k++ {
		if s.toks[k].lower != "identified" || s.toks[k+1].lower != "him" && s.toks[k+1].lower != "her" || s.toks[k+2].lower != "as" {
			continue
		}
		if x := e.personNamedAt(s, k+3); x >= 0 {
			return x
		}
	}
	return -1
}

// introducedNext is the person the sentence after i, in its paragraph or
// the next, opens with, when the article names them there for the first
// time and sets the name off with a comma ("Travis Okafor, 29, said"); -1
// otherwise.
func (e *Engine) introducedNext(i int) int {
	if i+1 >= len(e.r.sents) || e.r.sents[i+1].para > e.r.sents[i].para+1 {
		return -1
	}
	s := &e.r.sents[i+1]
	at := opensAfterTitle(s)
	for _, x := range s.named {
		n := e.formAt(s, x, at)
		if e.a.Entities[x].Kind != knowledge.Person || n == 0 || at+n >= len(s.toks) || !commaAfter(s, at+n-1) {
			continue
		}
		if e.namedEarlier(x, i+1) {
			return -1
		}
		return x
	}
	return -1
}

// namedEarlier reports whether a sentence before sentence i names x.
func (e *Engine) namedEarlier(x, i int) bool {
	for j := 0; j < i; j++ {
		if contains(e.r.sents[j].named, x) {
			return true
		}
	}
	return false
}
