package lookup

import "testing"

// TestObjectOfDenied: a noun in the object of another verb's negation
// ("did not list a lawyer") gives no verdict on a question that asks
// something else of it ("does she have a lawyer"), while a negation of the
// question's own verb still answers No.
func TestObjectOfDenied(t *testing.T) {
	e := engineOf(t, "Tollver woman held in barn fire\n\nTOLLVER, Mont. (AP) — Rosa Quill, 52, was arrested Monday in the fire that destroyed a horse barn outside Tollver, the sheriff said.\n\nCourt records did not list a lawyer for Quill. She did not get a bail hearing on Monday.\n")
	checkOpenings(t, e, []openingCase{
		{"does quill have a lawyer", partialYesNo, []string{"did not list a lawyer"}, []string{"Yes —"}},
		{"did quill get a bail hearing", "No —", []string{"did not get a bail hearing"}, nil},
	})
}
