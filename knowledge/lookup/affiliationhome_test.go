package lookup

import "testing"

// droughtStudy is a short article written for this test and in no
// question set: a scientist identified by the "of" phrase of her
// institution, with no town.
const droughtStudy = "Study links drought to wildfire smoke deaths\n\n" +
	"Drought years bring more deaths from wildfire smoke in the West, according to a study published Tuesday.\n\n" +
	"The study, by a team led by Maria Lopez of the University of Arizona, looked at 20 years of hospital records.\n\n" +
	"\"Smoke travels much farther than fire,\" Lopez said.\n"

// TestAffiliationHome: "where is she from" of a person the article names
// only with the "of" phrase of an institution is answered by that
// institution (affiliation.go).
func TestAffiliationHome(t *testing.T) {
	e := engineOf(t, droughtStudy)
	checkOpenings(t, e, []openingCase{
		{q: "where is lopez from", first: "University of Arizona"},
	})
}
