package lookup

import "testing"

// TestAgeHeadNoun ties a lead's "A 15-year-old from Lyle" to the person
// the next paragraph names, so who won and how old she is are answered
// by the lead. The article is written for this test and is in no question
// set.
func TestAgeHeadNoun(t *testing.T) {
	e := engineOf(t, `Spelling bee crowned

YAKIMA, Wash. (AP) — A 15-year-old from Lyle outlasted 40 spellers to win the state spelling bee on Saturday.

Nora Quist, a sophomore, spelled "sesquipedalian" in the final round. Runner-up Tad Ives, 13, missed "eleemosynary."
`)
	checkOpenings(t, e, []openingCase{
		{"who won the bee", "Nora Quist", nil, nil},
		{"how old is nora", "Nora Quist is 15", nil, nil},
	})
}
