package lookup

import "testing"

// fernDistrict is a short article written for this test, in no question
// set: the first count of teachers and of stores is told under a verb of
// losing or getting, the total under a verb of having.
const fernDistrict = `Fern Valley schools lay off teachers

FERN VALLEY, Ore. (AP) — The Fern Valley School District laid off 23 teachers on Monday and closed two schools, citing falling enrollment.

The district, which employs 410 teachers, said the cuts would save $3 million.

Meanwhile Harlow Markets bought 12 stores from a rival. The chain now has 140 stores in three states.
`

// "How many teachers does the district employ" asks the staff it has,
// not the 23 it let go; "how many stores does the chain have" the 140,
// not the 12 it bought. A question naming the change is answered by it.
func TestChangedCountIsNoCountHeld(t *testing.T) {
	e := engineOf(t, fernDistrict)
	checkAnswers(t, e, []answerCase{
		{"how many teachers does the district have", []string{"410"}, []string{"23 teachers."}},
		{"how many stores does harlow have", []string{"140"}, []string{"12 stores."}},
		{"how many teachers were laid off", []string{"23"}, nil},
		{"how many stores did harlow buy", []string{"12"}, nil},
	})
}

// An active verb after a count's phrase has the count as its agent, not
// its object: "asked its 900,000 customers to cut back" tells customers
// the utility has, not customers cut.
func TestCountAgentOfInfinitive(t *testing.T) {
	e := engineOf(t, `Utility asks customers to save power

PORTLAND, Ore. (AP) — Cascade Power, the region's largest utility, asked its 900,000 customers to cut back on electricity Tuesday evening.

About 4,000 customers in east Portland lost power for two hours after a substation failed, the utility said.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many customers does cascade power have", first: "900,000"},
	})
}
