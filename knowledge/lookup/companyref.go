package lookup

import "storybot/knowledge"

// "The company" on second reference (part of reading): news writing names
// a business in full once ("Halvard Motor Co.") and then calls it "the
// company" (AP Stylebook, "company, companies": Co. ends a business's
// proper name). When exactly one organisation's name ends in such an
// abbreviation, "the company" after its first naming refers to it.

// soleCompany is the one organisation whose name ends in a corporate
// designator (knowledge.CompanyName: "Co.", "Corp.", "Inc."), or -1 when
// none or several.
func (r *reading) soleCompany() int {
	found := -1
	for x, e := range r.art.Entities {
		if e.Kind != knowledge.Organisation || !knowledge.CompanyName(e.Name) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = x
	}
	return found
}

// resolveCompany ties "the company" and "the corporation" in each body
// sentence from the one that first names the sole company on to it.
func (r *reading) resolveCompany() {
	x := r.soleCompany()
	if x < 0 {
		return
	}
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
			if w := s.toks[k].lower; s.toks[k-1].lower == "the" && (w == "company" || w == "company's" || w == "corporation" || w == "corporation's") {
				s.refs = append(s.refs, x)
				break
			}
		}
	}
}
