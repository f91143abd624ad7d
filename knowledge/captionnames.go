package knowledge

import "strings"

// People the photo caption names in full (part of entity discovery): a
// wire caption identifies the people in its photo by full name and title
// ("State Sen. Marisa Thorne, R-Ellery, holds up …"; AP Stylebook,
// "captions"), and the story may then call them by surname alone, as on a
// second reference ("said Thorne, the bill's sponsor"). A surname alone
// is no name the body's first pass can read as a person, so the caption's
// full name is taken as the person's, when the body writes its surname as
// a speaker, next to a verb of saying ("said Thorne"): a caption's other
// capitalised runs ("A 2022 Halvard Montauk sits …") name things, which
// the body does not quote.

// captionPeople returns the people the caption names, credit dropped,
// whose surname the body writes next to a verb of saying and who are not
// yet among ents.
func captionPeople(d *doc, caption string, ents []*cand) []*cand {
	if open := strings.LastIndexByte(caption, '('); open > 0 && endsWithCredit(caption) {
		caption = caption[:open] // "(AP Photo/Grant Halvorsen)" names the photographer
	}
	if strings.TrimSpace(caption) == "" {
		return nil
	}
	cd := analyse([]Paragraph{{N: 0, Text: caption}})
	ds := &discovery{byName: map[string]*cand{}, lowerWords: lowerCaseWords(d), saidWords: speakerWords(d), births: map[string]bool{}}
	ds.scanPara(&cd.paras[0])
	var out []*cand
	for _, c := range ds.ents {
		if c.kind != Person || !strings.Contains(c.name, " ") || knownPerson(ents, c) || !ds.saidWords[tokKey(c.surname())] {
			continue
		}
		out = append(out, c)
	}
	addDerivedAliases(out)
	return out
}

// knownPerson reports whether ents already hold c, by name or surname.
func knownPerson(ents []*cand, c *cand) bool {
	for _, o := range ents {
		if aliasKey(o.name) == aliasKey(c.name) || containsFold(o.aliases, c.surname()) ||
			o.kind == Person && tokKey(o.surname()) == tokKey(c.surname()) || tokKey(o.name) == tokKey(c.surname()) {
			return true
		}
	}
	return false
}
