package lookup

import "testing"

// mumpsFigures is a short article written for this test, in no question
// set: a country named once and then called "the country", a state named
// once and then "the state", and "the us" typed in a question.
const mumpsFigures = `Mumps cases climb

DENVER (AP) — Colorado reported 41 mumps cases this spring, health officials said Monday.

The state last saw an outbreak that size in 2006.

Last year the United States recorded 320 mumps cases. The disease was nearly wiped out in the country by 2005.
`

// measlesFigures is a short article written for this test, in no
// question set: "the country" after the United States, asked as "the us".
const measlesFigures = `Measles cases rise

AUSTIN, Texas (AP) — Last year the United States recorded 285 measles cases, the most since 2019, the CDC said. Measles was declared eliminated in the country in 2000.
`

func TestPlaceNounsReferBack(t *testing.T) {
	checkOpenings(t, engineOf(t, mumpsFigures), []openingCase{
		// "the state" refers back to Colorado, "the country" to the United States
		{"when did colorado last have an outbreak that size", "In 2006", nil, nil},
		{"when was mumps nearly wiped out in the united states", "By 2005", nil, nil},
		// "the us": a pronoun takes no article, so the letters are the initialism
	})
	checkOpenings(t, engineOf(t, measlesFigures), []openingCase{
		{"when was measles eliminated in the us", "In 2000", nil, nil},
	})
}
