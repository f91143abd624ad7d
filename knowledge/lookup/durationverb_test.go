package lookup

import "testing"

// haleContract is a short article written for this test, in no question
// set: a contract's length given as a compound adjective, and "last"
// only as the adjective of order of another contract.
const haleContract = `Nurses approve new contract at Hale Memorial

HALE, Ore. (AP) — Nurses at Hale Memorial Hospital voted Tuesday to approve a three-year contract that raises pay by 11%, their union said.

The contract adds 40 nurses to the night shift. Union leader Tess Arno said the contract was "a fair deal."

Pay has risen about 6% since the last contract took effect in 2021.
`

// TestDurationVerbLast checks that the verb "last" of a how-long question
// asks the duration, which the article gives without the verb, and that
// the adjective "last" after a determiner stays a word to match.
func TestDurationVerbLast(t *testing.T) {
	e := engineOf(t, haleContract)
	checkOpenings(t, e, []openingCase{
		{"how long does the contract last", "Three years", nil, nil},
		{"how long will the nurses contract last?", "Three years", nil, nil},
	})
	q := e.understand("how long was the last contract", nil)
	for i, tok := range q.toks {
		if tok.lower == "last" && durationVerbAt(q, i) {
			t.Error(`"the last contract": "last" after a determiner is the adjective of order`)
		}
	}
}
