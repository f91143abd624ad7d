package lookup

import "testing"

// brantleyCannery is a short article written for this test, in no question
// set: role nouns asked inside a clause ("on the job", "left his post"),
// and one job named by two words ("jobs", "the position").
const brantleyCannery = `Brantley cannery to close, cutting 260 jobs

BRANTLEY, Maine (AP) — Coastline Foods will close its Brantley cannery in August, the company said Monday. The plant has 260 jobs.

About 90 workers were on the job during the overnight shift when the closure was announced, union steward Carl Jessup, 61, said. No worker has been laid off yet.

Jessup said he left his post as a line supervisor in 2016 to care for his mother.

Plant manager Irene Vasquez, 44, took the position in 2020.
`

func TestRoleNounInsideTheClause(t *testing.T) {
	e := engineOf(t, brantleyCannery)
	checkAnswers(t, e, []answerCase{
		// the number opening the question is asked, not a role
		{"how many workers were on the job", []string{"90"}, []string{"None"}},
		{"why did jessup leave his post", []string{"care for his mother"}, []string{"steward"}},
		{"when did jessup leave his post", []string{"2016"}, nil},
		{"who took the position in 2020", []string{"Irene Vasquez."}, nil},
		// the job asked by one word, told by another
		{"when did vasquez get the job", []string{"2020"}, nil},
		// a role noun that opens no clause still asks the role
		{"what's jessup's job", []string{"steward"}, nil},
	})
}
