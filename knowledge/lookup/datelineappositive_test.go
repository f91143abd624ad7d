package lookup

import "testing"

// The dateline's comma opens no appositive: in "PORT ELLIS, Maine (AP) —
// Nina Sorel was elected …, defeating Carl Weems" the subject of
// "defeating" is Nina Sorel, not the dateline's town (AP Stylebook,
// "datelines").
func TestDatelineOpensNoAppositive(t *testing.T) {
	e := engineOf(t, "Sorel wins school board seat\n\n"+
		"PORT ELLIS, Maine (AP) — Harbor pilot Nina Sorel was elected to the Port Ellis school board on Tuesday, defeating incumbent Carl Weems.\n\n"+
		"Sorel, a former teacher, had 1,204 votes to 988 for Weems.\n")
	checkOpenings(t, e, []openingCase{
		{"who beat weems", "Nina Sorel.", nil, nil},
		{"who defeated carl weems", "Nina Sorel.", nil, nil},
	})
}
