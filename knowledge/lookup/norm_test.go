package lookup

import "testing"

// kilnTown is a short article written for these tests, in no question
// set: a town's population given with its noun, a plant's workforce
// elsewhere, a severance paid in weeks, and a case's figure set beside
// the norm of its kind.
const kilnTown = `Brick maker to close Kansas kiln

FORT DALE, Kan. (AP) — Redstone Brick Co. will close its kiln in Fort Dale, a town of about 4,200 people, the company said Monday.

Redstone, which employs about 2,000 people worldwide, reported a profit last year. It will move the work to a plant in Monterrey, Mexico.

Hourly workers will receive three weeks of pay for every year of service.

The last firing lasted 31 hours, longer than the usual cycle of about 20 hours.
`

func TestNumbersTiedToTheirThing(t *testing.T) {
	checkAnswers(t, engineOf(t, kilnTown), []answerCase{
		// "a town of about 4,200 people": the population, its noun given
		{"how many people live in fort dale", []string{"About 4,200 people."}, []string{"2,000"}},
		// the town's people do not work at a plant; the workforce is not the Monterrey plant's
		{"how many people work at the monterrey plant", nil, []string{"4,200", "2,000"}},
		// "hourly" says how pay is given, not for how long: no span answers "how much"
		{"how much do hourly workers make", nil, []string{"three weeks"}},
		// the norm is the yardstick of the case's figure, not the case's
		{"how long was the last firing", []string{"31 hours. The"}, nil},
		{"how long is the usual cycle", []string{"20 hours"}, nil},
	})
}
