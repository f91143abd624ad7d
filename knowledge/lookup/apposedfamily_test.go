package lookup

import "testing"

// ballparkDeal is a short article written for these tests and in no
// question set: a subject with a family named by its surname in
// apposition, and a resident described by a relative clause.
const ballparkDeal = "Council approves stadium\n\n" +
	"OMAHA, Neb. (AP) — The City Council voted 5-2 on Tuesday to approve a $410 million stadium for the Storm Chasers.\n\n" +
	"The team's owners, the Halvorsen family, will cover any cost overruns.\n\n" +
	"\"It felt like a done deal,\" said Maria Torres, 58, who lives near the site.\n"

// TestApposedFamilyAndResident: an opening subject's appositive names its
// doer ("the Halvorsen family", which "-ly" does not make an adverb:
// speech.go lyNotAdverbs; commondoer.go apposedOpeningSubject), and a
// nonrestrictive "who lives …" describes the person (roles.go).
func TestApposedFamilyAndResident(t *testing.T) {
	e := engineOf(t, ballparkDeal)
	checkOpenings(t, e, []openingCase{
		{q: "who will cover cost overruns", first: "The Halvorsen family.", not: []string{"does not name"}},
		{q: "who is maria torres", first: "Maria Torres is the one who lives near the site"},
	})
}
