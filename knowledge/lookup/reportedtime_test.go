package lookup

import "testing"

// libraryHours is a short article written for this test, in no question
// set: a time beside a verb of saying ("told … last week") with the act
// asked about in a when-clause of what was told, and the same act dated
// in a sentence of its own.
const libraryHours = `Town library cuts its evening hours

MILLBROOK, Vt. (AP) — The Millbrook Public Library will close at 5 p.m. on weekdays starting next month, the library board decided Monday.

The cuts follow a budget fight that began in 2022, when the town reduced the library's share of the property tax.

Ruth Abernathy, 71, told the board last week that she cried when the Saturday cuts started at the Elm Street branch.

The push for shorter hours began at the Elm Street branch, which cut Saturday service in March 2023.
`

func TestTimeOfReportNotOfReportedAct(t *testing.T) {
	e := engineOf(t, libraryHours)
	checkAnswers(t, e, []answerCase{
		// "last week" dates the telling, not the shortening
		{"when did the elm street branch start its saturday cuts", []string{"March 2023"}, []string{"Last week"}},
		// the telling itself keeps its time
		{"when did abernathy tell the board", []string{"ast week"}, nil},
	})
}
