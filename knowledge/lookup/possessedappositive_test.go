package lookup

import "testing"

// TestPossessedAppositive: a possessive determiner makes a description
// definite as "the" does, so "his firm, Halsey Capital Group," names the
// firm asked for by "what's the name of his firm".
func TestPossessedAppositive(t *testing.T) {
	e := engineOf(t, "Broker barred from industry\n\nTOLEDO, Ohio (AP) — Regulators on Monday barred Curtis Halsey, 49, from the securities industry for life after finding that his firm, Halsey Capital Group, sold unregistered bonds to 60 clients.\n\nThe firm closed in May, Halsey's lawyer said.\n")
	checkAnswers(t, e, []answerCase{
		{"whats the name of his firm", []string{"Halsey Capital Group"}, nil},
		{"what is the name of his firm", []string{"Halsey Capital Group"}, nil},
	})
}
