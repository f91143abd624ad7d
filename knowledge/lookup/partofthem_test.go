package lookup

import "testing"

// damSurvey is a short article written for these tests, in no question
// set: a whole and "N of them", the part the rest of the clause says
// something of.
const damSurvey = `State survey flags aging dams

MONTPELIER, Vt. (AP) — Vermont has about 1,200 dams, and roughly 150 of them are rated high hazard, state officials said Thursday.

Inspectors visited each site last summer.
`

func TestPartOfThemCountsTheNounBefore(t *testing.T) {
	checkOpenings(t, engineOf(t, damSurvey), []openingCase{
		// "of them" refers back to the dams: 150 is the part rated high hazard
		{"how many dams are rated high hazard", "Roughly 150", nil, nil},
		// the whole, asked only by its noun
		{"how many dams does vermont have", "About 1,200", nil, nil},
	})
}

// cohortFollowUp is a short article written for this test, in no
// question set: "them" of "N of them" refers to an earlier sentence's
// people, and a smaller count in a time adjunct before it is no whole.
const cohortFollowUp = `Hearing loss tied to falls in older adults

Researchers followed 12,350 adults aged 70 and older in Ontario.

Over the next five years, 1,940 of them were treated for a fall.
`

func TestPartIsNeverLargerThanItsWhole(t *testing.T) {
	checkOpenings(t, engineOf(t, cohortFollowUp), []openingCase{
		// 1,940 counts no years: the span is the five years
		{"how long were they treated for falls", "Five years", nil, nil},
		{"how many were treated for a fall", "1,940", nil, nil},
	})
}

// billsBlocked is a short article written for this test, in no question
// set: "them" whose antecedent is an uncounted plural outside its clause,
// after a count of another noun.
const billsBlocked = `Other states weigh curbs on phones in class

At least nine other states have passed similar bans since 2023; judges have struck down two of them.
`

// TestPartOfThemTakesItsAntecedent checks that "N of them" counts the
// nearest plural outside its own clause, not the count before it.
func TestPartOfThemTakesItsAntecedent(t *testing.T) {
	checkOpenings(t, engineOf(t, billsBlocked), []openingCase{
		{"how many other states have passed bans", "At least nine", nil, nil},
		{"how many bans have been struck down", "Two", nil, nil},
	})
}
