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

// TestLeftSumIsWilled checks that "leave" in a "how much" question is
// the verb of giving by will, met by the article's "willed" (which is no
// auxiliary), and that a sum the article gives with no verb of giving is
// not what was left.
func TestLeftSumIsWilled(t *testing.T) {
	e := engineOf(t, "Fisherman wills $600,000 to harbor rescue crew\n\nBAYPORT, Maine (AP) — A lobsterman who died in March willed $600,000 to the Bayport volunteer rescue crew, its captain said Friday.\n\nThe lobsterman has left his house to the rescue crew as well.\n\nThe crew spent $90,000 on a new boat last year.\n")
	checkOpenings(t, e, []openingCase{
		{"how much did the lobsterman leave the rescue crew", "$600,000", nil, []string{"90,000"}},
	})
	if e.giftVerb("will") || !e.giftVerb("willed") {
		t.Errorf("the bare modal \"will\" is no verb of giving; \"willed\" is")
	}
}
