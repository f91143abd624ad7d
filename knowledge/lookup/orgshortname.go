package lookup

import (
	"strings"

	"storybot/knowledge"
)

// An institution's name without its class noun (part of stage 1, entity
// forms). An organisation's proper name often ends in a common noun that
// names its class ("Lyle Valley College", "Mercy Regional Hospital",
// "Halvard Motor Co."), and readers call it by the words before that noun
// ("how many students at lyle valley"; Quirk et al. 1985, §17.92 on
// proper names with a classifying head, whose modifying part identifies
// the referent). So the words before the class noun are a form of the
// name when there are at least two of them (one word alone, as "Havre"
// in "Havre Hospital", is more often a place) and no other entity has
// them as a form.

// institutionHead reports whether w is a class noun that end institutions' names: the
// organisation classes of classNouns, genericOrgHeads and corporateAbbrevs
// (words.go, reading.go), or institutionNouns.
func institutionHead(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return classNouns[w] == "organisation" || genericOrgHeads[w] || corporateAbbrevs[w] != "" ||
		institutionNouns[w]
}

// institutionNouns are the institutions the OntoNotes 5.0 ORG and FAC
// classes list besides classNouns' (colleges, academies, museums,
// libraries, churches, clinics).
var institutionNouns = set("college", "academy", "museum", "library", "church", "clinic", "corporation", "inc")

// withShortNames adds to each organisation of three or more words ending
// in an institution's class noun the form without that noun, unless
// another entity already has it.
func withShortNames(out []entityForms) {
	taken := map[string]bool{}
	for _, ef := range out {
		for _, f := range ef.forms {
			taken[strings.Join(f, " ")] = true
		}
	}
	for i := range out {
		if out[i].kind != knowledge.Organisation || len(out[i].forms) == 0 {
			continue
		}
		f := out[i].forms[0]
		if len(f) < 3 || !institutionHead(f[len(f)-1]) {
			continue
		}
		short := f[:len(f)-1]
		if taken[strings.Join(short, " ")] || stopWords[short[0]] {
			continue
		}
		taken[strings.Join(short, " ")] = true
		out[i].forms = append(out[i].forms, append([]string(nil), short...))
	}
}
