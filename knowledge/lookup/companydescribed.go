package lookup

import "strings"

// A company called by a word of its name and its class noun (part of
// stage 2). Readers who do not recall a company's full name call it by
// the word of it that says its line of business and the noun for a
// business: "the hydro company" for "Brightwater Hydro LLC", "the paving
// firm" for "Granite Line Paving". The definite article marks a referent
// the context identifies (Quirk et al. 1985, §5.27), and the word picks
// the one company whose name holds it.

// companyNouns are the nouns for a business (AP Stylebook, "company,
// companies"; "corporation"; "firm").
var companyNouns = set("company", "firm", "corporation")

// describedCompanyAt is the one company (reading.isCompany) whose name
// holds the word at i of "the WORD company", or -1.
func (e *Engine) describedCompanyAt(toks []token, i int) int {
	if i == 0 || toks[i-1].lower != "the" || i+1 >= len(toks) || !companyNouns[toks[i+1].lower] || stopWords[toks[i].lower] {
		return -1
	}
	found := -1
	for x, ent := range e.a.Entities {
		if !e.r.isCompany(x) {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(ent.Name)) {
			if w != toks[i].lower {
				continue
			}
			if found >= 0 && found != x {
				return -1 // two companies hold it
			}
			found = x
		}
	}
	return found
}
