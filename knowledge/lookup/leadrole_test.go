package lookup

import "testing"

// quiltPrize is a short article written for this test, in no question
// set: a delayed-identification lead describes its person, who is named
// next and called only "Mr." elsewhere.
const quiltPrize = `Quilt wins top prize at county fair

DORRIT, Iowa (AP) — A retired mail carrier from Dorrit won the top prize at the Calder County Fair on Saturday for a quilt she spent two years sewing.

Edna Varga, 81, received a blue ribbon and $500.

"We have not seen a finer quilt than the one from Mrs. Varga," said judge Paul Iverson.
`

func TestLeadRoleDescribesPerson(t *testing.T) {
	e := engineOf(t, quiltPrize)
	checkOpenings(t, e, []openingCase{
		{"who is edna varga", "Edna Varga is a retired mail carrier", nil, []string{"Mrs."}},
		{"what did varga do for a living", "Edna Varga is a retired mail carrier", nil, nil},
	})
}

// lostRing is a short article written for this test, in no question set:
// its person is named in the lead with no description and called only
// "Mr." in a quotation.
const lostRing = `Widower finds lost wedding ring in garden

PELL CITY, Ala. (AP) — Arturo Benn found his late wife's wedding ring in a garden bed Sunday, 20 years after she lost it.

"It was a miracle for Mr. Benn," said neighbor Lise Oder.
`

func TestCourtesyTitleDescribesNoOne(t *testing.T) {
	e := engineOf(t, lostRing)
	checkOpenings(t, e, []openingCase{
		{"who is arturo benn", "", []string{"wedding ring"}, []string{"is the Mr", "is Mr"}},
	})
}
