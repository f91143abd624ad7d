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

// "The maker of" with its product answers "what does X make" as a maker
// compound does: the of-phrase is the agent noun's object. The story is
// written for this test, in no question set.
func TestMakerOfPhrase(t *testing.T) {
	e := engineOf(t, "Snack company sold\n\nDENVER (AP) — Alpine Foods, the maker of Trailblazer granola bars, said on Tuesday that it had been sold to a private equity firm.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what does alpine foods make", first: "Trailblazer granola bars"},
	})
}
