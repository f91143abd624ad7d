package lookup

import "testing"

// dunmoreWaterFine is a short article written for this test, in no
// question set: a body, not a person, undergoes the act, named as the
// object of the active verb and as the subject of a passive one.
const dunmoreWaterFine = `State fines water utility over boil notice

DUNMORE, Ky. (AP) — State regulators on Monday fined Calder Valley Water Co. $310,000 for waiting four days to warn customers about contaminated tap water.

The Public Service Commission said the utility failed to issue a boil notice after tests found bacteria on Aug. 2.

Mayor Lena Ostrow said the city would review its contract with the utility.
`

// "Who got fined" asks for the one who underwent the act, and a company
// fined is that one; a "who" relating to a noun of a person's kind asks
// for a person, and no body answers it.
func TestBodyUndergoesAct(t *testing.T) {
	e := engineOf(t, dunmoreWaterFine)
	checkOpenings(t, e, []openingCase{
		{"who got fined", "Calder Valley Water Co.", nil, nil},
		{"who was fined", "Calder Valley Water Co.", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"what's the name of the customer who got fined", nil, []string{"Calder Valley Water Co."}},
	})
}
