package lookup

import "testing"

// TestInchoativeEn: "got sick" after a resulting copula asks the change
// the -en verb of its adjective names (Quirk et al., App. I.35, §16.21):
// "tainted water … sickened 23 people" answers "how many people got
// sick", where the sentence with the plain adjective ("3 people stayed
// sick enough to need a doctor") answered before.
func TestInchoativeEn(t *testing.T) {
	e := engineOf(t, `Ice storm leaves thousands without power in Arkansas

LITTLE ROCK, Ark. (AP) — An ice storm darkened about 42,000 homes and businesses across central Arkansas on Tuesday, and tainted water at a shelter sickened 23 people, officials said.

Entergy Arkansas spokeswoman Maria Delgado, 39, said crews had restored power to 9,000 customers by Wednesday morning.

"Nobody wants to be cold and sick at the same time," said Pulaski County Judge Barry Hyde, 61. He said 3 people stayed sick enough to need a doctor.

The storm dropped up to an inch of ice on power lines and trees.
`)
	checkOpenings(t, e, []openingCase{
		{"how many ppl got sick", "23 people", nil, nil},
		{"how many people became sick", "23 people", nil, nil},
		{"how many homes went dark", "About 42,000", nil, nil},
	})
}
