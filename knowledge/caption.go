package knowledge

import "strings"

// People named in full only in the photo caption. AP captions identify
// the people pictured by full name and title (AP Stylebook, "captions"),
// and a story may then call them by surname alone ("said Thorne"); the
// body never gives the name a shape the entity reader can see. Such a
// caption person joins the article's entities when the body writes their
// surname; caption names the body never uses stay out.

// captionPeople returns the people the caption names in full whose
// surname the body writes capitalised and no entity of the body already
// goes by.
func captionPeople(caption string, d *doc, ents []*cand) []*cand {
	if open := strings.LastIndexByte(caption, '('); open > 0 && endsWithCredit(caption) {
		caption = caption[:open] // the photographer's credit names no one pictured
	}
	if strings.TrimSpace(caption) == "" {
		return nil
	}
	cd := analyse([]Paragraph{{N: 0, Text: caption}})
	var out []*cand
	for _, c := range discoverEntities(cd) {
		if c.kind != Person || !strings.Contains(c.name, " ") {
			continue
		}
		sur := c.surname()
		if bodyWritesName(d, sur) && !goesBy(ents, sur) {
			out = append(out, c)
		}
	}
	return out
}

// bodyWritesName reports whether a body paragraph writes w as a
// capitalised word.
func bodyWritesName(d *doc, w string) bool {
	for k := range d.paras {
		for _, t := range d.paras[k].toks {
			if bare(t.s) == w {
				return true
			}
		}
	}
	return false
}

// goesBy reports whether an entity already has w as its name, an alias or
// its surname.
func goesBy(ents []*cand, w string) bool {
	k := tokKey(w)
	for _, c := range ents {
		if tokKey(c.name) == k || containsFold(c.aliases, w) || c.kind == Person && tokKey(c.surname()) == k {
			return true
		}
	}
	return false
}
