package lookup

import "testing"

// TestRelativeAgeNotTheLeadPersons checks that a relative who shares the
// described person's surname and is given an age beside her own full
// name ("his father, Glenn Harwood, 58,") does not take the lead's
// age away from the person the delayed-identification lead describes:
// the surname inside another's full name is that other's name.
func TestRelativeAgeNotTheLeadPersons(t *testing.T) {
	e := engineOf(t, "Teen rescued after night on Lake Superior ice\n\nMARQUETTE, Mich. (AP) — A 17-year-old boy who broke through thin ice was pulled to shore Sunday, the Coast Guard said.\n\nCaleb Harwood was treated for frostbite at a Marquette hospital.\n\nHis father, Glenn Harwood, 58, said Caleb had called him from the ice. \"I told him to stay on the sled,\" Glenn Harwood said.\n")
	checkOpenings(t, e, []openingCase{
		{"how old is caleb", "Caleb Harwood is 17", nil, nil},
		{"how old is glenn harwood", "Glenn Harwood is 58", nil, nil},
	})
}
