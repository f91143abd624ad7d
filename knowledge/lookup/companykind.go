package lookup

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

// resolveCompanyKind ties "the N" to the sole company, as above.
func (e *Engine) resolveCompanyKind() {
	x := e.r.soleCompany()
	if x < 0 || e.lex == nil {
		return
	}
	kinds := map[string]bool{}
	e.r.tieAfterNaming(x, func(s *sentence, k int) bool {
		if s.toks[k-1].lower != "the" {
			return false
		}
		w := s.toks[k].lower
		is, seen := kinds[w]
		if !seen {
			is = !stopWords[w] && !s.toks[k].cap && e.lex.KindOf(w, "business") && !e.lex.KindOf(w, "administrative_unit")
			kinds[w] = is
		}
		return is
	})
}
