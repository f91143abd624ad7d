package lookup

import "testing"

// cedarFlood is a short article written for this test and in no question
// set: a background sentence that names an earlier flood and gives its
// toll in a relative clause, dated by a month and year.
const cedarFlood = "River flood damages 3,000 homes in Iowa\n\n" +
	"CEDAR RAPIDS, Iowa — The Cedar River crested Monday, damaging about 3,000 homes in Cedar Rapids, officials said.\n\n" +
	"The Red Cross opened two shelters.\n\n" +
	"The flood is the worst in the city since the Derecho flood in June 2008, which damaged more than 5,000 homes.\n"

// TestNamedEarlierOccasion: a question that names the earlier occasion
// ("the Derecho flood") asks of it, so its sentence is not set aside as
// background (earlieroccasion.go); the story's own count still answers
// the question that does not.
func TestNamedEarlierOccasion(t *testing.T) {
	e := engineOf(t, cedarFlood)
	checkOpenings(t, e, []openingCase{
		{q: "how many homes did the derecho flood damage", first: "More than 5,000"},
		{q: "how many homes were damaged", first: "About 3,000"},
	})
}
