package lookup

import "testing"

// TestCueModifier: "share" cues a proportion ("what share of voters"),
// but premodifying "price" it names what the price is of, so "what's the
// share price" is the shares' figure, not the sentence that says "cost".
// An adjective before the head ("the total cost") stays a cue.
func TestCueModifier(t *testing.T) {
	e := engineOf(t, `Gannet Foods cuts 800 jobs

OMAHA, Neb. (AP) — Gannet Foods will cut 800 jobs and close two plants, the company said Thursday.

Gannet shares fell 6% to $14.10 in afternoon trading.

The closings will cost the company about $45 million this year, it said.
`)
	checkOpenings(t, e, []openingCase{
		{q: "what's the share price", first: "$14.10"},
		{q: "what's the total cost", first: "About $45 million"},
	})
}
