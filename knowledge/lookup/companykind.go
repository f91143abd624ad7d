package lookup

import (
	"strings"

	"storybot/knowledge"
)

// "The automaker" on second reference (part of reading). Beside "the
// company" (companyref.go), news writing calls a business on second
// reference by the noun for its line of business: "Halvard Motor Co." is
// then "the automaker", an airline "the airline" (AP Stylebook, "company
// names": the full name first, a descriptor after). When exactly one
// organisation is named as a company (soleCompany: with a designator, or
// by its trade, "Cumberland Valley Railroad"), "the N" after its first
// naming refers to it if WordNet classes N as a kind of business
// ({business, concern, business concern, business organization}) and
// not also as a unit of government ({administrative unit}): "the agency"
// may be a regulator.

// resolveCompanyKind ties "the N" to the sole company, as above.
func (e *Engine) resolveCompanyKind() {
	x := e.r.soleCompany()
	if x < 0 || e.noLex {
		return
	}
	kinds := map[string]bool{}
	e.r.tieAfterNaming(x, func(s *sentence, k int) bool {
		if s.toks[k-1].lower != "the" || s.toks[k].cap {
			return false
		}
		w := s.toks[k].lower
		is, seen := kinds[w]
		if !seen {
			is = !stopWords[w] && e.namesBusiness(w) && !e.lex.KindOf(w, "administrative_unit") && !e.otherNamedBy(x, w)
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
