package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// A bare corporate title is the lead company's (part of stage 1). A
// business story names the company it is about in its lead and then gives
// that company's officers their titles alone, capitalised before the name
// ("Chief Executive Priya Raman, 44, wrote in a memo"): AP style puts a
// formal title before a name without repeating the organisation the story
// has established (AP Stylebook, "titles" and "chief executive officer,
// CEO"), while an officer of any other company is tied to it ("Halvorsen
// Chief Executive Gregory Lind", "an analyst at Bexley Research"). So
// "who is the ceo of Northpeak" is answered by the chief executive the
// article names without a company when its lead names Northpeak and no
// other company. A lead that names two companies (a merger) leaves a
// bare title unassigned.

// leadCompanyOfTitle is the name, in words, of the one company the lead
// sentence names, when r, a role of person x, is a corporate title of
// titleAcronyms (words.go) that names no organisation of its own and no
// sentence naming x names another; or nil.
func (e *Engine) leadCompanyOfTitle(x int, r role) []token {
	if r.s == nil || strings.Contains(strings.ToLower(r.text), "the company") || !corporateTitle(r.text) || e.namesAnyOrganisation(r.text) {
		return nil
	}
	lead := e.leadSentence()
	if lead == nil {
		return nil
	}
	company := -1
	for _, x := range lead.named {
		if !e.r.isCompany(x) {
			continue
		}
		if company >= 0 {
			return nil // two companies: the title could be either's
		}
		company = x
	}
	if company < 0 {
		return nil
	}
	for i := range e.r.sents {
		if s := &e.r.sents[i]; s.mentions(x) && e.namesOtherOrganisation(s, company) {
			return nil
		}
	}
	return e.roleWords("; " + e.a.Entities[company].Name)
}

// namesOtherOrganisation reports whether sentence s names an organisation
// other than x, as an entity or as a capitalised name after "of", "at" or
// "for" that is no word of x's name: "Chief Executive Lena Vogt of
// Brightcap Closures" ties the title to the company after the name (the
// prepositional complement of a title, Quirk et al., §17.38).
func (e *Engine) namesOtherOrganisation(s *sentence, x int) bool {
	for _, y := range s.named {
		if y != x && e.a.Entities[y].Kind == knowledge.Organisation {
			return true
		}
	}
	own := strings.Fields(strings.ToLower(e.a.Entities[x].Name))
	for k := 1; k < len(s.toks); k++ {
		switch s.toks[k-1].lower {
		case "of", "at", "for":
			if s.toks[k].cap && !slices.Contains(own, s.toks[k].lower) {
				return true
			}
		}
	}
	return false
}

// corporateTitle reports whether a description holds a title of
// titleAcronyms, spelled out or as its acronym.
func corporateTitle(text string) bool {
	lower := strings.ToLower(text)
	for acr, long := range titleAcronyms {
		if strings.Contains(lower, long) || acronymRes[acr].MatchString(lower) {
			return true
		}
	}
	return false
}

// namesAnyOrganisation reports whether a description names an
// organisation of the article by a form of its name, or holds a
// capitalised word that is neither a title nor a word of one
// ("Halvorsen Chief Executive", "chief executive of Acme").
func (e *Engine) namesAnyOrganisation(text string) bool {
	toks := tokenize(text)
	for x := range e.a.Entities {
		if e.a.Entities[x].Kind == knowledge.Organisation && e.namesAll(toks, []int{x}) {
			return true
		}
	}
	for _, t := range toks {
		if t.cap && !isTitleWord(t.lower) && !titleWordOfAcronym(t.lower) {
			return true
		}
	}
	return false
}

// titleWordOfAcronym reports whether w is a title of titleAcronyms or a
// word of one ("ceo", "chief", "executive", "officer").
func titleWordOfAcronym(w string) bool {
	for acr, long := range titleAcronyms {
		if acr == w {
			return true
		}
		for _, f := range strings.Fields(long) {
			if f == w {
				return true
			}
		}
	}
	return false
}
