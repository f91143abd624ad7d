package lookup

import "testing"

// oreTrain is a short article written for this test and in no question
// set: a verb of motion whose object has an appositive before "from" and
// "to".
const oreTrain = "Ore train derails\n\n" +
	"DULUTH, Minn. (AP) — A freight train derailed Monday near Two Harbors, officials said.\n\n" +
	"The train was hauling 80 cars, most of them loaded with iron ore, from Hibbing to a dock in Duluth.\n"

// TestRoutePair: the goal of a movement whose verb stands apart from its
// "from … to" pair is the "to" place, and the source the "from" place
// (direction.go, routePair).
func TestRoutePair(t *testing.T) {
	e := engineOf(t, oreTrain)
	checkOpenings(t, e, []openingCase{
		{q: "where was the train going", first: "A dock in Duluth"},
		{q: "where was the train coming from", first: "Hibbing"},
	})
}
