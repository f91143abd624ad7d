package lookup

import "testing"

// kilnShed is a short article written for this test, in no question set:
// a company that installs things it never is said to make, and a maker
// named with "made".
const kilnShed = `College installs new kilns in pottery studio

AMHERST, Mass. (AP) — Hollis Community College has installed four electric kilns in its pottery studio, replacing gas kilns that had been in use since 1988.

Valley Kiln Service, a Springfield contractor, installed the kilns over spring break, studio director Rosa Ibarra said.

The glazes students use are mixed on campus by the art department.
`

// A which-question about the maker of a thing, with a form of
// "make" the article never uses, is refused; the doer of an act the
// article tells still answers.
func TestUnsaidMaking(t *testing.T) {
	e := engineOf(t, kilnShed)
	checkWantOrRefused(t, e, []wantCase{
		{"what company makes the kilns", ""},
		{"which company made the new kilns", ""},
		{"who made the kilns", ""},
		{"who installed the kilns", "Hollis"},
		{"how many kilns did they install", "four"},
	})
	q := e.understand("what company makes the kilns", nil)
	if !e.unsaidMaking(q) {
		t.Errorf("unsaidMaking false for a maker of an artifact")
	}
}

// An article that tells the making is not refused by this rule.
func TestSaidMaking(t *testing.T) {
	e := engineOf(t, kilnShed+"\nThe kilns were made by Skutt Ceramic Products of Portland, Ore., Ibarra said.\n")
	q := e.understand("which company made the kilns", nil)
	if e.unsaidMaking(q) {
		t.Errorf("unsaidMaking true though the article uses \"made\"")
	}
}
