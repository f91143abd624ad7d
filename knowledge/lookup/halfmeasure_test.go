package lookup

import "testing"

// busOffRoad is a short article written for this test, in no question
// set: measures of half a unit beside a whole one.
const busOffRoad = `School bus slides off road; driver hurt

CORLIS, Vt. (AP) — A school bus slid off Route 9 about half a mile from the Kell River bridge on Friday, police said. The bus was bound for Dunmore, about 20 miles to the north. Firefighters needed half an hour to free the driver, Chief Nia Odum said.
`

func TestHalfAUnitIsAMeasure(t *testing.T) {
	checkAnswers(t, engineOf(t, busOffRoad), []answerCase{
		// "half a mile" measures the distance from the bridge
		{"how far from the bridge did the bus slide off the road", []string{"half a mile"}, []string{"20 miles."}},
		// "half an hour" is the span the firefighters needed
		{"how long did it take firefighters to free the driver", []string{"half an hour"}, nil},
	})
}
