package lookup

import "testing"

// treasurerSentenced is a short article written for this test, in no
// question set: a delayed-identification lead whose next sentence names
// the official acting in office with an age as well as the person the
// lead described.
const treasurerSentenced = `Former town treasurer gets 4 years for embezzlement

BANGOR, Maine (AP) — A former town treasurer who took nearly $600,000 from a small coastal town was sentenced Friday to four years in prison.

Superior Court Justice Miriam Dube, 58, also ordered Clifford Archer, 66, to pay back the money. He admitted the thefts in March.

"This was a betrayal of neighbors," Dube said.
`

// TestTitledOfficialNotIdentified: of two people named with an age after
// a delayed-identification lead, the one with a capitalised title of
// office before the name is the official, not the lead's person.
func TestTitledOfficialNotIdentified(t *testing.T) {
	checkAnswers(t, engineOf(t, treasurerSentenced), []answerCase{
		{"who was the treasurer", []string{"Clifford Archer."}, []string{"Miriam Dube."}},
		{"who is archer", []string{"treasurer"}, nil},
	})
}
