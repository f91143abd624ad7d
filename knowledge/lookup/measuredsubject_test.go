package lookup

import "testing"

// pipelinePlan is a short article written for this test, in no question
// set: a span of time in the sentence after the one naming the pipeline,
// said of someone else.
const pipelinePlan = `County approves river water plan

YUMA, Ariz. (AP) — County supervisors on Tuesday approved a plan that would let the Gila Water District pump water from the river and pipe it to farms. The district spent three years negotiating with the state.

The tunnel under the highway is 300 feet long, and it took six months to dig.
`

func TestMeasuredSubjectUnheld(t *testing.T) {
	e := engineOf(t, pipelinePlan)
	checkAnswers(t, e, []answerCase{
		// the article never measures a pipeline: three years are the district's
		{"how long is the pipeline", nil, []string{"three years"}},
		// the tunnel is named, so its measure stands
		{"how long is the tunnel", []string{"300 feet"}, nil},
	})
}
