package lookup

import "testing"

// dinosaurFind is a short article written for this test and in no
// question set: a noun postmodified by a participle of the asked act
// ("fossils found on private land"), a noun of which WordNet has a person
// sense ("fossil": an old-fashioned person).
const dinosaurFind = "Rancher finds dinosaur\n\n" +
	"JORDAN, Mont. (AP) — Scientists said Wednesday that bones on a Montana ranch belong to a new dinosaur.\n\n" +
	"Under Montana law, fossils found on private land belong to the landowner.\n"

// TestReducedRelativeNoDoer: a participle right after a noun with a
// preposition after it is a reduced passive relative, so the noun is what
// was found, not who found it (reducedrelative.go); the headline's doer
// is.
func TestReducedRelativeNoDoer(t *testing.T) {
	e := engineOf(t, dinosaurFind)
	checkOpenings(t, e, []openingCase{
		{q: "who found it", first: "Rancher", not: []string{"Fossils"}},
	})
}
