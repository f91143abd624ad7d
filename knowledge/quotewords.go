package knowledge

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
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
// names/README.md for their sources: Moby Word II and the U.S. Social
// Security Administration's baby names, both public domain).
var (
	//go:embed names/female.txt
	femaleNamesText string
	//go:embed names/male.txt
	maleNamesText string
	//go:embed names/ssa_female.txt
	ssaFemaleNamesText string // the U.S. Social Security Administration's, beyond Moby's (names/gen)
	//go:embed names/ssa_male.txt
	ssaMaleNamesText string

	givenNames = sync.OnceValue(readGivenNames)
)

// nameList is the given names in lower case, sorted, each once, with its
// gender: 'f' or 'm' when the lists give it one gender only, else 0. The
// names are slices of one string: a map of the 10,000 or so names held three
// times the memory, for every article the bot reads.
type nameList struct {
	names  []string
	gender []byte
}

// readGivenNames reads the embedded lists.
func readGivenNames() nameList {
	type entry struct {
		from, to int // the name's bytes in the joined lower-case names
		gender   byte
	}
	lists := []struct {
		text   string
		gender byte
	}{{femaleNamesText, 'f'}, {maleNamesText, 'm'}, {ssaFemaleNamesText, 'f'}, {ssaMaleNamesText, 'm'}}
	size, lines := 0, 0
	for _, l := range lists {
		size, lines = size+len(l.text), lines+strings.Count(l.text, "\n")+1
	}
	var b strings.Builder
	b.Grow(size)
	es := make([]entry, 0, lines)
	for _, l := range lists {
		for n := range strings.FieldsSeq(l.text) {
			from := b.Len()
			for _, r := range n {
				b.WriteRune(unicode.ToLower(r)) // strings.ToLower, without a string per name
			}
			es = append(es, entry{from, b.Len(), l.gender})
		}
	}
	all := b.String()
	name := func(e entry) string { return all[e.from:e.to] }
	slices.SortStableFunc(es, func(a, b entry) int { return strings.Compare(name(a), name(b)) })
	l := nameList{names: make([]string, 0, len(es)), gender: make([]byte, 0, len(es))}
	for _, e := range es {
		if k := len(l.names) - 1; k >= 0 && l.names[k] == name(e) {
			if l.gender[k] != e.gender {
				l.gender[k] = 0 // both: no evidence
			}
			continue
		}
		l.names = append(l.names, name(e))
		l.gender = append(l.gender, e.gender)
	}
	return l
}

// find returns the index of name (lower case) in l, or -1.
func (l nameList) find(name string) int {
	if i, ok := slices.BinarySearch(l.names, name); ok {
		return i
	}
	return -1
}

// isGivenName reports whether first is a given name in the lists, of
// either gender.
func isGivenName(first string) bool {
	return givenNames().find(strings.ToLower(first)) >= 0
}

// IsGivenName reports whether first is a given name in the lists, of
// either gender ("Gary", "Ellen"; not "Delmont").
func IsGivenName(first string) bool { return isGivenName(first) }

// GivenNameGender returns 'f' or 'm' when first is a given name of one
// gender only in the lists ("Denise", "Harlan"), else 0.
func GivenNameGender(first string) byte { return givenNameGender(first) }

// givenNameGender returns 'f' or 'm' when first is a given name of one
// gender only in the lists, else 0.
func givenNameGender(first string) byte {
	l := givenNames()
	if i := l.find(strings.ToLower(first)); i >= 0 {
		return l.gender[i]
	}
	return 0
}
