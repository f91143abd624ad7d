package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// "The automaker" on second reference (part of reading). Beside "the
// company" (companyref.go), news writing calls a business on second
// reference by the noun for its line of business: "Halvard Motor Co." is
// then "the automaker", an airline "the airline" (AP Stylebook, "company
// names": the full name first, a descriptor after). When exactly one
// organisation is named with a corporate designator, "the N" after its
// first naming refers to it if WordNet classes N as a kind of business
// ({business, concern, business concern, business organization}) and
// not also as a unit of government ({administrative unit}): "the agency"
// may be a regulator.

//
// A business whose name ends in such a noun instead of a designator
// ("Cumberland Valley Railroad", "Northline Airlines") is the company
// when no organisation is named with a designator and it is the only one
// so named: "the company" and "the railroad" then refer to it.

// resolveCompanyKind ties "the N" to the sole company, as above.
func (e *Engine) resolveCompanyKind() {
	if e.lex == nil {
		return
	}
	x, byName := e.r.soleCompany(), false
	if x < 0 && !e.anyCompanyName() {
		x, byName = e.soleBusinessByName(), true
	}
	if x < 0 {
		return
	}
	kinds := map[string]bool{}
	e.r.tieAfterNaming(x, func(s *sentence, k int) bool {
		if s.toks[k-1].lower != "the" || s.toks[k].cap {
			return false
		}
		w := s.toks[k].lower
		if byName && (w == "company" || w == "company's") {
			return true
		}
		is, seen := kinds[w]
		if !seen {
			is = e.businessNoun(w) && !e.otherNamedBy(x, w)
			kinds[w] = is
		}
		return is
	})
}

// otherNamedBy reports whether an organisation other than x has w, or
// its plural, as a word of its name: "the airline" beside "Boeing Co."
// and "Alaska Airlines" is the airline.
func (e *Engine) otherNamedBy(x int, w string) bool {
	for y, ent := range e.a.Entities {
		if y == x || ent.Kind != knowledge.Organisation {
			continue
		}
		for _, f := range strings.Fields(strings.ToLower(ent.Name)) {
			if singular(strings.Trim(f, ".,")) == w {
				return true
			}
		}
	}
	return false
}

// businessNoun reports whether WordNet classes w as a kind of business
// and not also as a unit of government.
func (e *Engine) businessNoun(w string) bool {
	return !stopWords[w] && e.lex.KindOf(w, "business") && !e.lex.KindOf(w, "administrative_unit")
}

// anyCompanyName reports whether some organisation is named with a
// corporate designator.
func (e *Engine) anyCompanyName() bool {
	return slices.ContainsFunc(e.a.Entities, func(ent knowledge.Entity) bool {
		return ent.Kind == knowledge.Organisation && knowledge.CompanyName(ent.Name)
	})
}

// soleBusinessByName is the one organisation whose name ends in a
// business noun ("Cumberland Valley Railroad"), or -1 when none or
// several.
func (e *Engine) soleBusinessByName() int {
	found := -1
	for x, ent := range e.a.Entities {
		words := strings.Fields(strings.ToLower(ent.Name))
		if ent.Kind != knowledge.Organisation || len(words) < 2 || !e.businessNoun(singular(words[len(words)-1])) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = x
	}
	return found
}
