package lookup

import "testing"

// The person right after the asked verb is its object: in "Ada Vance was
// elected …, defeating incumbent Hal Briggs in a race" Briggs stands
// nearer "race" but was defeated; the doer is the subject, named before
// the verb.
func TestObjectOfTheActIsNoDoer(t *testing.T) {
	e := engineOf(t, "Vance takes council seat\n\n"+
		"KELSO, Wash. (AP) — Nurse Ada Vance was elected to the Kelso City Council on Tuesday, defeating incumbent Hal Briggs in a race decided by 212 votes.\n\n"+
		"Vance, 52, will be sworn in Jan. 2.\n")
	checkOpenings(t, e, []openingCase{
		{"who won the race", "Ada Vance.", nil, nil},
		// the object asked is still the object
		{"who did vance defeat", "Hal Briggs.", nil, nil},
	})
}
