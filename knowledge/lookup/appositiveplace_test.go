package lookup

import "testing"

// quarryDeal is a short article written for this test, in no question
// set: a buyer described by an appositive with a hometown, and where the
// act asked happened told beside its verb.
const quarryDeal = `Quarry sold to out-of-state firm

BARRE, Vt. (AP) — The buyer, a stone dealer from Montpelier, signed the papers for the quarry and all its cutting equipment in good faith at a law office in Burlington on Friday, the company said.
`

func TestPlaceInAppositiveIsNotTheAct(t *testing.T) {
	checkOpenings(t, engineOf(t, quarryDeal), []openingCase{
		{"where did the buyer sign the papers", "", []string{"Burlington"}, []string{"Montpelier."}},
	})
}
