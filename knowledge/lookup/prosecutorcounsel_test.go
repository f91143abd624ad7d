package lookup

import "testing"

// kennelTrial is a short article written for this test, in no question
// set: the district attorney, named with the head noun "attorney", speaks
// about the verdict before the defense attorney's own words after it.
const kennelTrial = `Jury clears kennel owner of animal cruelty

HARLAN, Iowa (AP) — A jury on Monday found kennel owner Dale Pruitt not guilty of animal cruelty.

Defense attorney Nina Salo called three veterinarians as witnesses.

District Attorney Carl Voss said his office accepted the verdict. "We brought the case the evidence supported," Voss said.

"Dale loves those dogs, and now everyone knows it," Salo said later.
`

// TestProsecutorNotCounsel checks that "what did his lawyer say" quotes
// the defense attorney, not the district attorney whose sentence shares
// the question's "verdict".
func TestProsecutorNotCounsel(t *testing.T) {
	e := engineOf(t, kennelTrial)
	checkAnswers(t, e, []answerCase{
		{"what did his lawyer say about the verdict", []string{"loves those dogs"}, []string{"evidence supported"}},
	})
}
