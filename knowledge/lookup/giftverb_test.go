package lookup

import "testing"

// TestGiftVerbsMeet checks that a question's verb of giving meets the
// article's other verb of giving: "donate" and "give" are asked of a
// gift the lead tells by "pledged"; "will" the auxiliary is no gift.
func TestGiftVerbsMeet(t *testing.T) {
	e := engineOf(t, "Banker pledges $3 million to town library\n\nCEDAR FALLS, Iowa (AP) — Hollis Brandt has pledged $3 million to the Cedar Falls Public Library, the library said Monday.\n\nThe money will pay for a children's wing that will open in 2028.\n\nThe library sold its old bookmobile for $40,000 last year.\n")
	checkOpenings(t, e, []openingCase{
		{"how much did brandt donate", "$3 million", nil, []string{"40,000"}},
		{"who gave money to the library", "Hollis Brandt", nil, nil},
	})
}
