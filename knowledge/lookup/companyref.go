package lookup

import (
	"strings"

	"storybot/knowledge"
)

// "The company" on second reference (part of reading): news writing names
// a business in full once ("Halvard Motor Co.") and then calls it "the
// company" (AP Stylebook, "company, companies": Co. ends a business's
// proper name). When exactly one organisation's name ends in such an
// abbreviation, "the company" after its first naming refers to it.

// soleCompany is the one organisation whose name ends in a corporate
// designator or a line of business (knowledge.CompanyName: "Co.", "Inc.",
// "Foods") or whose head noun names a kind of business ("Cumberland
// Valley Railroad": WordNet files railroad under business), or -1 when
// none or several.
func (r *reading) soleCompany() int {
	found := -1
	for x := range r.art.Entities {
		if !r.isCompany(x) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = x
	}
	return found
}

// isCompany reports whether entity x is a company (see soleCompany), or
// the sentence that first names it calls it "the company" (calledCompany).
func (r *reading) isCompany(x int) bool {
	e := r.art.Entities[x]
	return e.Kind == knowledge.Organisation && (knowledge.CompanyName(e.Name) || r.business != nil && r.business(orgHead(e.Name)) || r.calledCompany(x))
}

// calledCompany reports whether the body sentence that first names
// organisation x, and no other organisation, says "the company" after
// its name: "Hollister Home Appliances will close its plant …, the company said
// Wednesday". The attribution closing a lead names its source by the
// definite noun phrase that refers back to the subject it reports on
// (Quirk et al. 1985, §5.28, anaphoric "the"; AP Stylebook, "company,
// companies" on second reference), whatever the name's last word.
func (r *reading) calledCompany(x int) bool {
	if r.calledCompanies == nil {
		r.calledCompanies = map[int]bool{}
		for y := range r.art.Entities {
			r.calledCompanies[y] = r.calledCompanyOnce(y)
		}
	}
	return r.calledCompanies[x]
}

// calledCompanyOnce is calledCompany without the memo: isCompany asks it
// for every entity and sentence while the reading resolves references.
func (r *reading) calledCompanyOnce(x int) bool {
	for i := range r.sents {
		s := &r.sents[i]
		if s.para == 0 || !contains(s.named, x) {
			continue
		}
		orgs := 0
		for _, y := range s.named {
			if r.ents[y].kind == knowledge.Organisation && r.namedFrom(s, y, datelineEnd(s)) {
				orgs++ // the agency of the dateline ("(AP)") names no actor
			}
		}
		if orgs != 1 {
			return false
		}
		for k := r.firstFormAt(s, x, datelineEnd(s)) + 1; k > 0 && k < len(s.toks); k++ {
			if theCompanyAt(s, k) && !companySpokesAt(s, k) {
				return true // after the name: an anaphor follows what it refers back to
			}
		}
		return false
	}
	return false
}

// resolveCompany ties "the company" and "the corporation" in each body
// sentence to the company named last before it, from the one that first
// names it on: a definite noun phrase refers back to the nearest
// antecedent it fits (Halliday and Hasan, "Cohesion in English", 1976,
// §2.4 on reference).
func (r *reading) resolveCompany() {
	last := -1
	for i := range r.sents {
		s := &r.sents[i]
		if s.para == 0 {
			continue
		}
		for _, x := range s.named {
			if r.isCompany(x) {
				last = x
			}
		}
		if last < 0 || contains(s.named, last) || contains(s.refs, last) {
			continue
		}
		for k := 1; k < len(s.toks); k++ {
			if theCompanyAt(s, k) {
				s.refs = append(s.refs, last)
				break
			}
		}
	}
}

// companyOfRole is the name of the company a person's description calls
// "the company" ("The company's chief executive"), as its sentence
// resolves it, in words; or nil.
func (e *Engine) companyOfRole(r role) []token {
	if r.s == nil || !strings.Contains(strings.ToLower(r.text), "the company") {
		return nil
	}
	for _, x := range r.s.refs {
		if e.r.isCompany(x) {
			return e.roleWords("; " + e.a.Entities[x].Name) // a description of its own
		}
	}
	return nil
}

// theCompanyAt reports whether "the company" or "the corporation" stands
// at token k.
func theCompanyAt(s *sentence, k int) bool {
	w := s.toks[k].lower
	return theBefore(s, k) && (w == "company" || w == "company's" || w == "corporation" || w == "corporation's") || companySpokesAt(s, k)
}

// companySpokesAt reports whether "company" at k premodifies a noun for
// one who speaks for another ("A company spokesman declined to comment"):
// the relational noun takes its premodifier as whom it speaks for, as
// "a spokesman for the company" does (Quirk et al., §17.108 on noun
// premodifiers; spokesfor.go), so the compound refers back to the company
// named before as "the company" does.
func companySpokesAt(s *sentence, k int) bool {
	w := s.toks[k].lower
	return (w == "company" || w == "corporation") && k+1 < len(s.toks) && spokesNouns[s.toks[k+1].lower]
}

// spokesNouns are the AP Stylebook's nouns for one who speaks for
// another ("spokesman, spokeswoman"; spokesfor.go).
var spokesNouns = set("spokesman", "spokeswoman", "spokesperson")

// theBefore reports whether "the" determines the noun at k, straight
// before it or before one hyphenated compound modifier ("the Dayton-based
// company", "the 75-year-old company"): a premodifier narrows the noun
// phrase and leaves it definite (Quirk et al., §17.104 on compound
// premodifiers), so it refers back as the bare "the company" does.
func theBefore(s *sentence, k int) bool {
	if s.toks[k-1].lower == "the" {
		return true
	}
	return k >= 2 && s.toks[k-2].lower == "the" && strings.Contains(s.toks[k-1].lower, "-")
}

// theShortName reads "the Weller" as the organisation whose name begins
// with that word ("the Weller Museum of Art") rather than a person of that
// surname: a personal name takes no article (Quirk et al. §5.60), while
// news writing shortens an institution's name to its first word with
// "the" kept. best is the entity matched so far; it stands unless it is a
// person and exactly one organisation's name starts with w.
func (r *reading) theShortName(w string, best int) int {
	if best < 0 || r.ents[best].kind != knowledge.Person {
		return best
	}
	found := -1
	for x, ef := range r.ents {
		if ef.kind != knowledge.Organisation {
			continue
		}
		for _, f := range ef.forms {
			if len(f) > 1 && f[0] == w && x != found {
				if found >= 0 {
					return best
				}
				found = x
			}
		}
	}
	if found < 0 {
		return best
	}
	return found
}

// resolveIt ties a body sentence that opens with "It" and a verb other
// than "be" to the organisation that opens the sentence before it in the
// same paragraph ("The Weller occupies a mill. It holds 1,400 works."):
// "it" refers back to the preceding subject (Halliday and Hasan, "Cohesion
// in English", 1976, §2.4 on personal reference). "It is" and "It was"
// are left alone, as they often anticipate a clause (Quirk et al. §18.33
// on extraposition).
func (r *reading) resolveIt() {
	for i := 1; i < len(r.sents); i++ {
		s, p := &r.sents[i], &r.sents[i-1]
		if s.para == 0 || p.para != s.para || len(s.toks) < 2 || s.toks[0].lower != "it" || itBeForms[s.toks[1].lower] {
			continue
		}
		if x := r.openingOrg(p); x >= 0 && !contains(s.refs, x) && !contains(s.named, x) {
			s.refs = append(s.refs, x)
		}
	}
}

// itBeForms are the forms of "be" that open an extraposed or cleft clause.
var itBeForms = set("is", "was", "'s", "s")

// openingOrg is the organisation a sentence opens with, with or without
// "the", or -1: the first entity it names, when one of its names begins
// with the sentence's first word after "the".
func (r *reading) openingOrg(s *sentence) int {
	k := 0
	if len(s.toks) > 0 && s.toks[0].lower == "the" {
		k = 1
	}
	if k >= len(s.toks) || !s.toks[k].cap || len(s.named) == 0 {
		return -1
	}
	x := s.named[0]
	if r.ents[x].kind != knowledge.Organisation {
		return -1
	}
	for _, f := range r.ents[x].forms {
		if f[0] == s.toks[k].lower {
			return x
		}
	}
	return -1
}

// "The museum" on second reference: news writing names an institution in
// full once ("the Weller Museum of Art") and then by "the" and the name's
// head noun (AP Stylebook, "second reference"; the head of a name with an
// of-phrase stands before "of", Quirk et al. §17.37 on postmodification).
// When exactly one organisation's name has that head, "the museum" after
// its first naming refers to it.

// orgHead is the head noun of an organisation's name: the word before its
// first "of", or its last word, lower case; "" when the name is one word.
func orgHead(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	h := f[len(f)-1]
	for i := 1; i < len(f); i++ {
		if f[i] == "of" {
			h = f[i-1]
			break
		}
	}
	h = strings.ToLower(strings.Trim(h, ".,"))
	if len(h) < 3 || stopWords[h] || strings.ContainsAny(h, "0123456789&'-") {
		return ""
	}
	return tradeHead(h) // "Cascade Air" is "the airline" (airlinename.go)
}

// resolveHeads ties "the <head>" in each body sentence, from the one that
// first names the organisation on, to the one organisation whose name has
// that head noun.
func (r *reading) resolveHeads() {
	for h, xs := range r.orgsByHead() {
		if len(xs) == 1 {
			r.tieHead(h, xs[0])
		}
	}
}

// orgsByHead maps each head noun of the article's organisations' names
// ("department" of "the Kansas Department of Agriculture") to those
// organisations, in the article's order.
func (r *reading) orgsByHead() map[string][]int {
	byHead := map[string][]int{}
	for x, e := range r.art.Entities {
		if e.Kind != knowledge.Organisation {
			continue
		}
		if h := orgHead(e.Name); h != "" && !contains(byHead[h], x) {
			byHead[h] = append(byHead[h], x)
		}
	}
	return byHead
}

// tieHead adds x to the refs of each body sentence after x's first naming
// that says "the h". A capitalised head after "the" inside a sentence
// ("the University of Iowa") begins another name and is left alone.
func (r *reading) tieHead(h string, x int) {
	r.tieAfterNaming(x, func(s *sentence, k int) bool {
		t := s.toks[k]
		return t.lower == h && (!t.cap || k == 1 && !ofName(s.toks, k)) && s.toks[k-1].lower == "the"
	})
}

// tieAfterNaming adds x to the refs of each body sentence, from the one
// that first names x on, that does not name x or refer to it already and
// has a token k (after the first) that refers says stands for x.
func (r *reading) tieAfterNaming(x int, refers func(s *sentence, k int) bool) {
	named := false
	for i := range r.sents {
		s := &r.sents[i]
		if s.para == 0 {
			continue
		}
		named = named || contains(s.named, x)
		if !named || contains(s.named, x) || contains(s.refs, x) {
			continue
		}
		for k := 1; k < len(s.toks); k++ {
			if refers(s, k) {
				s.refs = append(s.refs, x)
				break
			}
		}
	}
}

// ofName reports whether toks[k] is followed by "of" and a capitalised
// word, as in a name ("The University of Iowa").
func ofName(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k+1].lower == "of" && toks[k+2].cap
}

// namesBusiness reports whether a noun names a kind of business or
// company in WordNet's hypernyms ("railroad", "airline", "utility").
func (e *Engine) namesBusiness(noun string) bool {
	return noun != "" && !e.noLex && (e.lex.KindOf(noun, "business") || e.lex.KindOf(noun, "company"))
}

// namedFrom reports whether s names entity y at token from or after it.
func (r *reading) namedFrom(s *sentence, y, from int) bool {
	return r.firstFormAt(s, y, from) >= 0
}

// firstFormAt is the first token, from token from on, at which s names
// entity y, or -1.
func (r *reading) firstFormAt(s *sentence, y, from int) int {
	for k := from; k < len(s.toks); k++ {
		for _, f := range r.ents[y].forms {
			if matchForm(s.toks, k, f) {
				return k
			}
		}
	}
	return -1
}
