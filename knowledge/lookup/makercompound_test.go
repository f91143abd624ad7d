package lookup

import "testing"

// A maker compound before a company's name or apposed after it tells
// what the company makes ("Drugmaker Corvel Inc.", "Halden Foods, the
// snack maker,"). The article is written for this test and is in no
// question set.
func TestMakerCompoundTellsProduct(t *testing.T) {
	e := engineOf(t, "Snack deal\n\nMINNEAPOLIS - Halden Foods, the snack maker, agreed Tuesday to buy a rival for $2 billion.\n\n"+
		"Separately, drugmaker Corvel Inc. said it would cut 400 jobs.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what does halden foods make", first: "Snacks"},
		{q: "what does corvel make", first: "Drugs"},
	})
}
