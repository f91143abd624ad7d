package lookup

import "testing"

// iceRink is a short article written for this test, in no question set:
// a fine and a second charge joined by "plus", and a sum of its own.
const iceRink = `Town to fine skaters who use closed pond

MILLBROOK, Vt. (AP) — Skaters caught on Hadley Pond after it is posted as closed will pay a $50 fine plus towing costs, the town said Friday.

The town spent $4,200 on new warning signs and a rescue sled, fire chief Owen Marsh said.

`

// A sum before "plus" is the amount of the noun before "plus", and a
// question about the gerund subject of "cost" asks that thing's price.
func TestPricedGerund(t *testing.T) {
	e := engineOf(t, iceRink)
	checkWantOrRefused(t, e, []wantCase{
		{"how much is the fine", "$50"},
		{"how much does towing cost", ""},
		{"how much did the town spend", "4,200"},
	})
}

func TestQuasiCoordinatorEndsPhrase(t *testing.T) {
	e := engineOf(t, iceRink)
	s := &e.r.sents[1]
	for _, n := range s.nums {
		if n.kind != qMoney {
			continue
		}
		if h := e.premodifiedNoun(s, n); h < 0 || s.toks[h].lower != "fine" {
			t.Errorf("%q: head %d, want \"fine\"", n.text, h)
		}
	}
	q := e.understand("how much does towing cost", nil)
	if got := e.amountAsked(q); got != "towing" {
		t.Errorf("amountAsked = %q, want towing", got)
	}
	q = e.understand("how much is the museum offering", nil)
	if got := e.amountAsked(q); got == "offering" {
		t.Errorf("amountAsked read the progressive as the thing priced")
	}
}
