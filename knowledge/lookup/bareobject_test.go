package lookup

import "testing"

// TestBareObjectOfCounted: the headline's bare object ("Outbreak sickens
// 85") counts the sickened, not outbreaks, and a name inside the series'
// place phrase ("on a Greenleaf farm") still bounds the ordinal, so
// "how many outbreaks" is the ordinal's count. A verb of exceeding keeps
// its subject's count ("Cases topped 85").
func TestBareObjectOfCounted(t *testing.T) {
	e := engineOf(t, `Salmonella outbreak sickens 85 in three states

DES MOINES, Iowa (AP) — Salmonella linked to cucumbers has made at least 85 people sick in Iowa, Nebraska and Missouri, federal health officials said Friday.

It was the fourth outbreak on a Greenleaf farm since 2022, according to the Food and Drug Administration.

No deaths have been reported.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many outbreaks has greenleaf had", first: "4: the fourth outbreak", want: []string{"since 2022"}},
		{q: "how many outbreaks", first: "4: the fourth outbreak"},
	})
	e = engineOf(t, `Flu cases top 900 in county

SPOKANE, Wash. (AP) — Flu cases topped 900 in Spokane County this week, the health district said Monday.

The district opened two more clinics.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many flu cases", first: "900"},
	})
}
