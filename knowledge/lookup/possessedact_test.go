package lookup

import "testing"

// TestActOnPossessionNotPerson checks that "when was she found" and
// "when did they find him" are not answered by the sentence telling
// that the person's truck or bag was found, whose "her" or "his" is a
// possessive determiner; the thing's own question still takes it, and a
// possessive inside the subject's relative clause ("a boy who wandered
// away from his home was found") does not make the act the thing's.
func TestActOnPossessionNotPerson(t *testing.T) {
	e := engineOf(t, "Missing angler found alive on river\n\nBRISTOW, Mont. (AP) — A 58-year-old angler who went missing during a weekend fishing trip on the Tamrack River was found alive Monday evening on a gravel bar several miles downstream, Jasper County deputies said.\n\nEllen Marsh, of Dorrance, was cold but unhurt, Sheriff Paul Greer said.\n\nHer truck was found Sunday at a boat ramp.\n\nAbout 60 volunteers searched the banks.\n")
	checkOpenings(t, e, []openingCase{
		{"when was she found", "Monday evening", nil, nil},
		{"when did they find her", "Monday evening", nil, nil},
		{"when was her truck found", "Sunday", nil, nil},
	})
	him := engineOf(t, "Lost hunter rescued\n\nPELL CITY, Idaho (AP) — A 71-year-old hunter who had been missing for two days in rugged country north of the Salmon River was found Tuesday afternoon in a ravine below a logging road, the county sheriff said.\n\nSearchers found his backpack Monday near a creek.\n")
	checkOpenings(t, him, []openingCase{
		{"when did they find him", "Tuesday", nil, nil},
		{"was he found", "Yes", nil, []string{"backpack"}},
		{"when did they find his backpack", "Monday", nil, nil},
	})
	left := engineOf(t, "Boy found\n\nAMES, Iowa (AP) — A 7-year-old boy who wandered away from his home was found safe Thursday after an overnight search, police said.\n\nOwen Bauer was unhurt.\n")
	checkOpenings(t, left, []openingCase{
		{"was he found safe", "Yes", []string{"¶1"}, nil}, // "his home" ends a relative clause, not the passive's subject
		{"was he found", "Yes", []string{"¶1"}, nil},
	})
}
