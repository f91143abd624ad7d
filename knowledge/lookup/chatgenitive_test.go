package lookup

import "testing"

// dockStrike is a short article written for this test, in no question
// set: one person the article leaves unnamed ("who was not named") and
// one it names in apposition.
const dockStrike = `Ferry strikes dock in Seattle, injuring 9

SEATTLE (AP) — A state ferry struck a dock in Seattle on Friday morning, injuring nine passengers, the Washington State Department of Transportation said.

The captain, who was not named, was placed on paid leave while the Coast Guard investigates. Two of the injured were taken to Harborview Medical Center.

The ferry's owner, Puget Ferry Co., said the boat would be out of service for at least a week. A passenger, Mira Dunlap, said the crash threw people from their seats.
`

func TestGenitiveOfCommonNounTypedWithoutApostrophe(t *testing.T) {
	e := engineOf(t, dockStrike)
	// "whats the captains name" is "what's the captain's name": the
	// article does not give it, so no sentence that merely mentions the
	// captain answers it, however the genitive is typed
	checkWantOrRefused(t, e, []wantCase{
		{"whats the captains name", ""},
		{"what is the captains name", ""},
		{"what's the captain's name", ""},
	})
}
