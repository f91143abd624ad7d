package lookup

import "testing"

// A when-question in the past is answered by the act done, not by the
// same act planned for later (pastwhen.go).
func TestPastWhenNotPlanned(t *testing.T) {
	e := engineOf(t, "Co-op raises milk price\n\nBARRE, Vt. (AP) — The dairy co-op board will vote on its new contract at its next meeting, on May 19. It voted in March to raise milk prices 4 percent, a move farmers welcomed.\n")
	checkOpenings(t, e, []openingCase{
		{q: "when did the board vote on prices", first: "In March", not: []string{"May 19"}},
		{q: "when will the board vote on the contract", first: "On May 19"},
	})
}
