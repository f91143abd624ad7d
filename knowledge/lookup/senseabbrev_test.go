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
