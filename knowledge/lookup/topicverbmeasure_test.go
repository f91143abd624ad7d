package lookup

import "testing"

// bellFoundry is a short article written for this test, in no question
// set: the story's subject weighed in its second paragraph, and another
// thing weighed later, which "it" asked with no antecedent does not mean.
const bellFoundry = `Divers raise ship's bell from Lake Carrow wreck

PORT ELDON, Mich. (AP) — Divers on Saturday raised the bronze bell of the steamer Alma Reade, which sank in Lake Carrow in 1889, the state maritime museum said.

The bell weighed about 180 pounds when it came out of the water, said curator Jonah Pell.

Pell said the museum would clean it over the winter.

The divers also lifted an anchor from the wreck. The anchor weighs about 900 pounds.
`

func TestTopicVerbMeasure(t *testing.T) {
	e := engineOf(t, bellFoundry)
	checkOpenings(t, e, []openingCase{
		// do-support and a verb of measuring ask what "how heavy was it" asks: the story's subject
		{"how much did it weigh", "About 180 pounds", nil, []string{"900"}},
		{"how much does it weigh?", "About 180 pounds", nil, []string{"900"}},
		// the copula form, as before
		{"how heavy was it", "About 180 pounds", nil, nil},
	})
}
