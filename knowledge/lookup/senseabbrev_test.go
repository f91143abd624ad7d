package lookup

import "testing"

// countyClerkRace is a short article written for this test, in no
// question set: a secretary of state named with a count of seconds
// nowhere in it.
const countyClerkRace = `Clerk wins race for secretary of state

DENVER (AP) — Former county clerk Ines Marlowe was elected Colorado secretary of state Tuesday, defeating a two-term state senator.

Marlowe won 54% of the vote. She takes office in January.
`

// countdownLaunch is a short article written for this test, in no
// question set: a count of seconds and no secretary.
const countdownLaunch = `Rocket launch halted seconds before liftoff

CAPE CANAVERAL, Fla. (AP) — A rocket launch was halted 31 seconds before liftoff Friday when a sensor showed low pressure in a fuel tank.
`

// "sec" is the secretary of an article that writes "secretary", and the
// second of one that writes "seconds".
func TestSenseAbbreviation(t *testing.T) {
	checkAnswers(t, engineOf(t, countyClerkRace), []answerCase{
		{"who is the new sec of state", []string{"Marlowe"}, nil},
	})
	checkAnswers(t, engineOf(t, countdownLaunch), []answerCase{
		{"how many secs before liftoff was it halted", []string{"31 seconds"}, nil},
	})
}

// gaugeReading is a short article written for this test, in no question
// set: a maximum and a lower reading of one gauge.
const gaugeReading = `River crests below flood stage

CEDAR FALLS, Iowa (AP) — The Cedar River crested Sunday at 19 feet, a foot below flood stage, the National Weather Service said.

The maximum flow reached 31,000 cubic feet per second on Saturday night. By Monday the flow had fallen to 22,000 cubic feet per second.
`

// "max" is the article's "maximum" (Merriam-Webster, "max"), though
// WordNet knows it as a word of its own.
func TestMaxIsMaximum(t *testing.T) {
	checkAnswers(t, engineOf(t, gaugeReading), []answerCase{
		{"what was the max flow", []string{"31,000"}, []string{"22,000"}},
	})
}
