package lookup

import "testing"

// engelBakery is a short article written for this test and in no
// question set: a passive agent of two people who share a surname, the
// given names coordinated and the surname written once.
const engelBakery = "Century-old bakery closes its doors\n\n" +
	"DUBUQUE, Iowa — Engel's Bakery, founded in 1921 by sisters Ruth and Clara Engel, closed Sunday after 103 years.\n\n" +
	"The bakery's last owner, Tom Engel, said rising costs made it impossible to go on.\n"

// TestSharedSurnameAgent: "who founded the bakery" is answered by both
// sisters, "Ruth and Clara Engel" (sharedsurnameagent.go).
func TestSharedSurnameAgent(t *testing.T) {
	e := engineOf(t, engelBakery)
	checkOpenings(t, e, []openingCase{
		{q: "who founded the bakery", first: "Ruth and Clara Engel"},
	})
}
