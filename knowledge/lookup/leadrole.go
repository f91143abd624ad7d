package lookup

import (
	"slices"
	"strings"
)

// What the delayed-identification lead calls its person (part of stage
// 1): "A retired school bus driver from Harlow Falls came forward Tuesday
// to claim a $412 million Powerball jackpot", then "Gerald Ostrander, 67,
// chose the lump sum". The lead's description is the article's first
// reference to the person it names next (AP Stylebook, "lead"; Brooks et
// al., "News Reporting and Writing", on the delayed identification), so
// the noun phrase it opens with is a role the article gives that person,
// as an appositive would, and "who is Gerald Ostrander" is answered with
// it. A courtesy title alone ("Mr.", "Mrs.", "Ms.") is a form of address
// and describes no one (AP Stylebook, "courtesy titles").

// addLeadRole gives person x the role the lead sentence's description,
// from its article to its head noun, names ("a retired school bus
// driver"), without an age, with the lead as its sentence.
func (e *Engine) addLeadRole(lead, from, head, x int) {
	if e.roles == nil || x >= len(e.roles) {
		return
	}
	s := &e.r.sents[lead]
	var words []string
	for k := from; k <= head; k++ {
		if isNumeric(s.toks[k]) || strings.Contains(s.toks[k].lower, "year-old") {
			continue // the age is the age's, told on its own ("how old")
		}
		words = append(words, s.toks[k].text)
	}
	if len(words) == 0 {
		return
	}
	if from > 0 {
		words = append([]string{s.toks[from-1].lower}, words...) // the lead's own "a": an indefinite first reference
	}
	r := role{text: strings.Join(words, " "), s: s}
	r.words = append(e.roleWords(r.text), e.referentOfRole(r)...)
	e.roles[x] = append(e.roles[x], r)
	e.roleToks[x] = append(e.roleToks[x], r.words...)
}

// addressOnly are the courtesy titles that say nothing of what a person
// is or does, only how the article addresses them (AP Stylebook,
// "courtesy titles"); "Dr." tells a degree and is left out.
var addressOnly = set("mr", "mrs", "ms", "miss", "mx")

// describingRoles are rs without the roles that are a courtesy title
// alone.
func describingRoles(rs []role) []role {
	return slices.DeleteFunc(slices.Clone(rs), func(r role) bool {
		return addressOnly[strings.ToLower(strings.TrimSuffix(strings.TrimSpace(r.text), "."))]
	})
}
