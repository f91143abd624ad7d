package knowledge

import "testing"

// TestPluralHeadedFirm: a run of three words that opens with no given name
// and ends in a plural noun names a business, not a person; a given name
// before a plural-looking surname still names a person (entities.go,
// pluralHeadedFirm). The article is written for this test and is in no
// question set.
func TestPluralHeadedFirm(t *testing.T) {
	text := "Appliance maker to close plant\n\n" +
		"EVANSVILLE, Ind. (AP) — Hollister Home Appliances will close its plant in Evansville next year, the company said Wednesday.\n\n" +
		"\"It is a gut punch,\" said Maria Elena Torres, who has worked there for 30 years.\n"
	checkEntities(t, text, []entityCase{
		{name: "Hollister Home Appliances", kind: Organisation},
		{name: "Maria Elena Torres", kind: Person},
	})
}
