package lookup

import "testing"

// Of the sentences telling the asked verb, one holding the question's
// object too tells the act asked: "Briggs won the three precincts east of
// the river" tells another win than the race's.
func TestWholeActBeforeAnotherObject(t *testing.T) {
	e := engineOf(t, "Vance takes council seat\n\n"+
		"KELSO, Wash. (AP) — Nurse Ada Vance was elected to the Kelso City Council on Tuesday, defeating incumbent Hal Briggs in a race decided by 212 votes.\n\n"+
		"Briggs won the three precincts east of the river.\n\n"+
		"Vance, 52, will be sworn in Jan. 2.\n")
	checkOpenings(t, e, []openingCase{
		{"who won the race", "Ada Vance.", nil, nil},
		{"who won the council race", "Ada Vance.", nil, nil},
		// the precincts' winner is still found by their own word
		{"who won the precincts east of the river", "Hal Briggs.", nil, nil},
	})
}
