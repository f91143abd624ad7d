package lookup

import "testing"

// TestAnyoneCounted: a count of people that underwent the asked act
// ("but three officers suffered minor injuries") answers "was anyone
// hurt" Yes, though the sentence never uses the question's word; a count
// of people told of another act, or of no people, gives no verdict.
func TestAnyoneCounted(t *testing.T) {
	e := engineOf(t, "Warehouse fire in Dunmore\n\nDUNMORE, Pa. (AP) — A fire gutted a paper warehouse in Dunmore on Friday night, officials said.\n\nNo workers were inside, but three officers suffered minor injuries and the flames spread to a garage next door.\n\nTwo neighbors were questioned by police.\n")
	checkOpenings(t, e, []openingCase{
		{"was anyone hurt", "Yes —", []string{"three officers suffered minor injuries"}, nil},
	})
	checkWantOrRefused(t, e, []wantCase{{"was anyone arrested", ""}})
}
