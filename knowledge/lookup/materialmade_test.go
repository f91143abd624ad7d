package lookup

import "testing"

// TestMaterialMade: "what was the raft made of" asks the material, which a
// build verb and "out of" or "from" name though "made" is never written;
// a thing the article does not name gets no material.
func TestMaterialMade(t *testing.T) {
	e := engineOf(t, "Boys cross river on homemade raft\n\nMARIETTA, Ohio (AP) — Two boys crossed the Ohio River on Sunday, police said.\n\n"+
		"The raft the boys assembled last month out of plastic barrels held both of them. A sheriff's boat met them near the shore.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what was the raft made of", first: "Plastic barrels."},
		{q: "what's the raft made from", first: "Plastic barrels."},
	})
	checkAnswers(t, e, []answerCase{{"what was the tent made of", nil, []string{"Plastic barrels"}}})
}
