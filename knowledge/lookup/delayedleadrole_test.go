package lookup

import "testing"

// TestDelayedLeadDescriptionIsRole checks that the delayed-identification
// lead's description ("A retired schoolteacher") is a role of the person
// named next, so the description asks for that person by what the lead
// calls them, even after a courtesy title ("Mrs. Ada Quill, 84,").
func TestDelayedLeadDescriptionIsRole(t *testing.T) {
	e := engineOf(t, "Teacher leaves farm to county park system\n\nMILLBROOK, Iowa (AP) — A retired schoolteacher has left her 300-acre farm to the Dane County park system, officials said Friday.\n\nMrs. Ada Quill, 84, said she wanted the land kept open for hikers.\n\nThe county will open the park next year.\n")
	checkOpenings(t, e, []openingCase{
		{"how old is the schoolteacher", "Ada Quill is 84", nil, nil},
		{"who is the schoolteacher", "Ada Quill", nil, nil},
	})
	plain := engineOf(t, "Pilot lands plane on highway\n\nRAWLINS, Wyo. (AP) — A crop-duster pilot landed his plane on Interstate 80 on Monday after its engine failed, the highway patrol said.\n\nTobias Wren, 52, walked away unhurt.\n")
	checkOpenings(t, plain, []openingCase{
		{"how old is the pilot", "Tobias Wren is 52", nil, nil},
	})
}
