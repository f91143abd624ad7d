package lookup

import "testing"

// ferryRecall is a short article written for this test, in no question
// set: figures that name a model, a gate and a storm's category stand
// beside the counts the questions ask.
const ferryRecall = `Boatmaker recalls outboard motors over fuel leaks

PORTLAND, Maine (AP) — Tidewell Marine is recalling about 2,800 outboard motors because a fuel line can crack and leak, the company said Friday.

The recall covers the company's Skipper model 90 motors built last year. Dealers have received 41 complaints, and no one has been hurt.

Passengers waiting at Gate 12 of the ferry terminal were moved indoors on Friday as a Category 2 storm neared the coast. The city kept 16 Route 4 buses running to carry them home.
`

func TestIdentifierIsNoCount(t *testing.T) {
	e := engineOf(t, ferryRecall)
	checkAnswers(t, e, []answerCase{
		// "model 90 motors" names the model: the motors recalled are 2,800
		{"how many motors are being recalled", []string{"2,800"}, []string{"90"}},
		// "Category 2 storm" is one storm, not two
		{"how many storms neared the coast", nil, []string{"2 storm"}},
		// "Route 4 buses" names the route: the buses running are 16
		{"how many buses are running", []string{"16 Route 4 buses"}, nil},
	})
}
