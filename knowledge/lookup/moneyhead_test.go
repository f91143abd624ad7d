package lookup

import "testing"

// TestMoneyHead checks, on a short article written for this test, that
// "what is the SUM" asks the sum's figure, that a sum the article never
// gives is refused rather than answered by a passage naming the noun,
// and that a capitalised name holding the noun ("the Paws and Claws
// Fund") is asked about as a name.
func TestMoneyHead(t *testing.T) {
	e := engineOf(t, "County doubles fine for unlicensed dogs\n\n"+
		"BRISTOL, Vt. (AP) — Addison County commissioners voted Tuesday to double the fine for an unlicensed dog to $50, and to give the money to the Paws and Claws Fund, which pays for spaying at the county shelter.\n\n"+
		"A license will still cost $12 a year. Commissioner Lena Hartt said about 40% of the county's dogs are unlicensed.\n\n"+
		"Shelter director Omar Reyes said the Paws and Claws Fund paid for 310 surgeries last year.\n")
	checkOpenings(t, e, []openingCase{
		{q: "whats the fine now", first: "$50"},
		{q: "what is the license fee", first: "$12"},
		{q: "what is the paws and claws fund", first: "Shelter director Omar Reyes said"},
	})
	checkWantOrRefused(t, e, []wantCase{{"what is the salary of the shelter director", ""}})
}
