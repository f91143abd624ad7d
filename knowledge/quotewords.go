package knowledge

import (
	_ "embed"
	"strings"
	"sync"
)

// Word lists for attributing quotations. None is tuned to one article.

// framingVerbs put a quoted characterisation in someone's mouth without
// being verbs of saying ("Pell called his successor "a steady hand"",
// "she described the plan as "…""). Source: English grammar's
// complex-transitive verbs of naming, which take an object and a
// complement (call, describe … as, term, label, dub).
var framingVerbs = toSet("called", "calls", "call", "described", "describes", "termed",
	"terms", "labeled", "labelled", "labels", "dubbed", "dubs",
	"calling", "describing", "terming", "labeling", "labelling", "dubbing") // and their participles, which open a clause after the main one ("…, calling it "a tax"")

// extraReportingVerbs are common English reporting verbs missing from
// speechVerbs, used only to attribute quotations. Source: the reporting
// verbs news writing uses beside the neutral "said" that the AP Stylebook
// recommends (its entry "said"), as listed in English grammars' tables of
// reporting verbs.
var extraReportingVerbs = toSet("cautioned", "cautions", "advised", "advises", "estimated",
	"estimates", "joked", "jokes", "quipped", "shouted", "complained", "complains", "agreed",
	"disagreed", "objected")

// attributionVerb reports whether w (lower case) attributes a quotation.
func attributionVerb(w string) bool {
	return speechVerbs[w] || extraReportingVerbs[w] || framingVerbs[w]
}

// subjectPronouns are the third-person singular pronouns that can be the
// subject of an attribution ("she said"), with their gender. Source: English
// grammar's personal pronouns (he, she).
var subjectPronouns = map[string]byte{"he": 'm', "she": 'f'}

// genderCues are pronouns whose antecedent reveals a person's gender when
// it is the only person before them: subject pronouns and the unambiguous
// possessive "his" ("her" is also an object pronoun and so is left out).
// Source: English grammar's personal and possessive pronouns.
var genderCues = map[string]byte{"he": 'm', "she": 'f', "his": 'm'}

// clauseJoiners open a new clause, so a reporting verb after one is not an
// attribution of the quotation before it (`"…," and promised to visit`).
// Source: English coordinating and common subordinating conjunctions.
var clauseJoiners = toSet("and", "but", "or", "nor", "so", "yet", "while", "because",
	"although", "though", "however", "when", "after", "before", "since", "if", "as")

// The given-name lists tell the usual gender of a first name (see
// names/README.md for their source: Moby Word II, public domain).
var (
	//go:embed names/female.txt
	femaleNamesText string
	//go:embed names/male.txt
	maleNamesText string

	givenNames     map[string]byte
	givenNamesOnce sync.Once
)

// isGivenName reports whether first is a given name in the lists, of
// either gender.
func isGivenName(first string) bool {
	givenNameGender(first)
	_, ok := givenNames[strings.ToLower(first)]
	return ok
}

// givenNameGender returns 'f' or 'm' when first is a given name of one
// gender only in the lists, else 0.
func givenNameGender(first string) byte {
	givenNamesOnce.Do(func() {
		givenNames = map[string]byte{}
		for _, n := range strings.Fields(femaleNamesText) {
			givenNames[strings.ToLower(n)] = 'f'
		}
		for _, n := range strings.Fields(maleNamesText) {
			k := strings.ToLower(n)
			if givenNames[k] == 'f' {
				givenNames[k] = 0 // both: no evidence
			} else if _, ok := givenNames[k]; !ok {
				givenNames[k] = 'm'
			}
		}
	})
	return givenNames[strings.ToLower(first)]
}
