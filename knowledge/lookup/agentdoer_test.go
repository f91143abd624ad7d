package lookup

import "testing"

// tractorChase is a short article written for this test, in no question
// set: the person is named doing the act ("was driving", "drove") and
// only later called by the agent noun of it ("The driver").
const tractorChase = `Stolen tractor chased down county road

HOLLAND, Mich. (AP) — A stolen farm tractor led deputies on a slow chase Monday along a county road, the Ottawa County Sheriff's Office said.

Deputy Carla Ruiz, 41, spotted the tractor near a gas station. Vernon Haag, 52, of Zeeland, was driving it at about 15 mph.

The driver pulled over after 3 miles and was arrested without a struggle. "He waved at us the whole way," Ruiz said.
`

// farmPickup: the doer told with the simple past, and a passive that
// makes its subject the undergoer, not the doer.
const farmPickup = `Pickup stolen from farm found in ditch

HOLLAND, Mich. (AP) — A pickup truck stolen from a farm was found in a ditch Tuesday, deputies said.

Sheriff Owen Pratt said Nadia Foster, 23, drove the truck off the farm at night. Her brother, Lee Foster, was driven home by a neighbor.

The driver was charged with theft.
`

// TestAgentNounDoer: "the driver" is the one person named as the subject
// of "drive" (an agent noun is one who does the verb it derives from),
// not a passive's subject.
func TestAgentNounDoer(t *testing.T) {
	checkAnswers(t, engineOf(t, tractorChase), []answerCase{
		{"who was the driver", []string{"Vernon Haag"}, []string{"Ruiz"}},
		{"whos the driver", []string{"Vernon Haag"}, []string{"Ruiz"}},
	})
	checkAnswers(t, engineOf(t, farmPickup), []answerCase{
		{"who was the driver", []string{"Nadia Foster"}, []string{"Lee Foster"}},
	})
}
