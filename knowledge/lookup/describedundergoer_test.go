package lookup

import "testing"

// "Who was arrested" and "who got stabbed" ask for the objects of the
// lead's active "arrested a 41-year-old woman" and "stabbing a convenience
// store clerk", which the article names later (stabbedClerk,
// twodescribedlead_test.go): the answer is the name.
func TestDescribedUndergoer(t *testing.T) {
	e := engineOf(t, stabbedClerk)
	checkOpenings(t, e, []openingCase{
		{q: "who got arrested", first: "Mara Keane."},
		{q: "who was stabbed", first: "Tomas Ibarra."},
	})
}

// Coordinated verbs share the object after the second: "struck and
// killed a retired teacher" tells who was struck.
func TestDescribedUndergoerSharedObject(t *testing.T) {
	e := engineOf(t, "Driver held in crash\n\nSALEM, Ore. (AP) — A 19-year-old driver struck and killed a retired teacher on a crosswalk Sunday, police said.\n\nThe driver, identified as Cole Danner, was jailed.\n\nRuth Abend, 71, was a retired teacher from Keizer.\n")
	checkOpenings(t, e, []openingCase{
		{q: "who was struck", first: "Ruth Abend."},
	})
}
