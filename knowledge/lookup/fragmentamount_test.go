package lookup

import "testing"

// fragmentTileMaker is a short article written for this test, in no
// question set: results that give a change and the level it reached in
// one clause ("rose 6% to $512 million").
const fragmentTileMaker = `Corrin Tile sales rise as home builders return

PITTSBURGH (AP) — Corrin Tile Co. said Wednesday that sales rose 6% to $512 million in its fiscal third quarter as builders resumed work on new homes.

Operating profit slid 2% to $38 million because of higher gas prices at its kilns. The company has 2,100 workers.

"Builders are busy again," Chief Executive Alan Petit, 60, said.
`

// TestFragmentOwnFigure answers a question that is only a noun with the
// figure the sentence gives as that noun's amount, the level after "to",
// not with the change nearer the noun.
func TestFragmentOwnFigure(t *testing.T) {
	e := engineOf(t, fragmentTileMaker)
	checkOpenings(t, e, []openingCase{
		{q: "sales?", first: "$512 million"},
		{q: "operating profit?", first: "$38 million"},
	})
}
