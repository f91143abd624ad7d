package lookup

import "testing"

// quarryFine is a short article written for these tests, in no question set:
// acts refused, declined and failed in a to-infinitive, one refusal
// denied, and one act done.
const quarryFine = `Quarry owner loses appeal over blasting permit

MILTON, Vt. (AP) — The owner of the Granite Ridge quarry has refused to pay a $40,000 fine for blasting without a permit, the town said Tuesday.

The town board declined to extend the quarry's hours on weekends. Neighbors failed to win back the right to a public hearing on noise.

The quarry never refused to test its wells, the board said. The quarry's insurer has refused to pay for cracked foundations on Elm Street. The quarry company repaved the access road in May.
`

// TestRefusedAct checks that a verb of refusal or failure denies the act
// of its to-infinitive, also when the question asks in another verb.
func TestRefusedAct(t *testing.T) {
	e := engineOf(t, quarryFine)
	checkOpenings(t, e, []openingCase{
		{"is the quarry owner paying the fine", "No", []string{"refused to pay"}, []string{"Yes"}},
		// the sentence holds the doer and the act, not every word asked
		{"is the insurance company paying for the foundations", "No", []string{"refused to pay"}, []string{"Yes"}},
		{"did the board extend the hours", "No", []string{"declined to extend"}, []string{"Yes"}},
		{"did the neighbors get the right to a hearing back", "No", []string{"failed to win back"}, []string{"Yes"}},
		// the refusal itself asked about is answered in its words
		{"did the quarry owner refuse to pay the fine", "Yes", []string{"refused to pay"}, nil},
		{"did the quarry repave the access road", "Yes", []string{"repaved"}, nil},
	})
}
