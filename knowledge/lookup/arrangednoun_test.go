package lookup

import "testing"

// harborBridge is a short article written for these tests, in no question
// set: one act arranged by a for-phrase, another told as done by a verb.
const harborBridge = `Harbor bridge to come down next spring

BAYPORT, Maine (AP) — The Harbor Street bridge is scheduled for demolition next spring, county officials said Monday.

The county sold the old jail on Front Street in 2019. Officials also want money for faster road repairs.
`

// TestArrangedForNoun: "scheduled for demolition" gives the act as still
// to come, while "sold the old jail" tells its act as done.
func TestArrangedForNoun(t *testing.T) {
	e := engineOf(t, harborBridge)
	checkOpenings(t, e, []openingCase{
		{"did the county demolish the bridge", "Not yet", []string{"scheduled for demolition"}, nil},
		{"did the county sell the jail", "Yes", []string{"2019"}, nil},
	})
}
