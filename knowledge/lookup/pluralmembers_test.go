package lookup

import "testing"

// fairQuiltMembers is a short article written for this test, in no question
// set: plural descriptions with their members in apposition ("Two
// judges, textile artist …"), behind a plural title ("sisters June
// Park and Lena Park"), named just before a later reference ("The
// three winners …") and named after a lead that only describes them.
const fairQuiltMembers = `Three quilters share top prize at county fair

GREENFIELD, Ind. (AP) — Three quilters from the same church split the top prize at the Hancock County Fair on Saturday.

Retired nurse Alma Ridge, 71, and cousins Nora Vance and Lena Ortiz sewed the winning quilt over two winters. The three winners will share a $1,500 award.

The women sewed every night. Two judges, textile artist Omar Fell and museum curator Dana Whitt, chose the quilt from 64 entries.

Their helpers, teacher Carl Boyd and farmer Ruth Imes, drove the quilt to the fair. The other finalists were Greenfield Quilt Guild and a class from Fortville.

"We never expected to win," Ridge said.
`

// TestPluralMembers checks that "who are the <plural>" names every
// person the article gives under that description, in its order.
func TestPluralMembers(t *testing.T) {
	e := engineOf(t, fairQuiltMembers)
	checkAnswers(t, e, []answerCase{
		{"who were the judges, names pls", []string{"Omar Fell and Dana Whitt."}, nil},
		{"who r the cousins", []string{"Nora Vance and Lena Ortiz. Retired"}, nil},
		{"who are the winners", []string{"Alma Ridge, Nora Vance and Lena Ortiz."}, nil},
		{"who were the quilters", []string{"Alma Ridge, Nora Vance and Lena Ortiz."}, nil},
		{"who are the helpers", []string{"Carl Boyd and Ruth Imes."}, nil},
		{"who were the other finalists", []string{"Greenfield Quilt Guild and a class from Fortville."}, []string{"Boyd"}},
	})
	// "The women sewed": no numeral, and the sentence before calls no
	// one a woman, so nothing ties the later description to its names.
	if r, ok := e.pluralMembers(e.understand("who were the women", nil)); ok {
		t.Errorf("who were the women: want no members, got %q", r.head)
	}
	if r, ok := e.pluralMembers(e.understand("who r the quilters", nil)); !ok || r.head != "Alma Ridge, Nora Vance and Lena Ortiz." {
		t.Errorf("who r the quilters: got %q", r.head)
	}
}
