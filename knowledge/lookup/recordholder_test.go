package lookup

import "testing"

// sturgeonRecord is a short article written for this test, in no question
// set: a record broken, its old holder named in a "set … by"
// postmodifier, and in another sentence a genitive after "broke".
const sturgeonRecord = `Angler lands record sturgeon on Snake River

LEWISTON, Idaho (AP) — A Boise angler landed a 412-pound white sturgeon on the Snake River on Sunday, the largest ever caught and released in Idaho, state wildlife officials said.

Carla Benning's fish beat the state catch-and-release record of 388 pounds, set in 2011 by Owen Tarrant of Orofino. Benning measured the fish at 10 feet before letting it go.

A second angler, Reuben Cho, broke Mila Hardesty's youth record for channel catfish on the same day.
`

// TestRecordHolder: the earlier holder of a record is the agent of its
// "set … by", or the genitive a verb of breaking governs; a question
// about the holder now is not read so.
func TestRecordHolder(t *testing.T) {
	e := engineOf(t, sturgeonRecord)
	checkOpenings(t, e, []openingCase{
		{"who held the record before", "Owen Tarrant", nil, []string{"Benning."}},
		{"who had the state record before her", "Owen Tarrant", nil, nil},
		{"who held the youth catfish record before", "Mila Hardesty", nil, nil},
	})
	if r, ok := e.recordHolder(e.understand("who holds the record now", nil)); ok {
		t.Errorf("who holds the record now: want no earlier holder, got %q", r.head)
	}
}
