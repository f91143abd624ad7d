package lookup

import "testing"

// diveShop is a short article written for this test, in no question set:
// jobs and workplaces given by "was a", "who works as a" and an
// appositive whose employer is a common noun phrase.
const diveShop = `Divers rescue boy from flooded quarry

SALEM, Ore. (AP) — Two divers pulled a 12-year-old boy from a flooded quarry on Sunday, police said.

One of the divers, Nora Kell, 41, was a lifeguard at Salem Aquatic Center for 10 years.

The other, Tim Abbot, who works as a welder for Cascade Steel in Salem, said the water was cold.

The boy's mother, Jean Lowe, a waitress at a diner on Lancaster Drive, thanked them.
`

// A job as subject complement or after "works as", and a common-noun
// employer after a job noun, give the workplace (Quirk et al., §16.21,
// §9.20).
func TestJobWorkplace(t *testing.T) {
	checkAnswers(t, engineOf(t, diveShop), []answerCase{
		{"where did nora kell work", []string{"Salem Aquatic Center."}, nil},
		{"where does tim abbot work", []string{"Cascade Steel in Salem."}, nil},
		{"where does jean lowe work", []string{"A diner on Lancaster Drive."}, nil},
	})
}

// quarryExpert is a short article written for this test: the workplace
// is given, and a later sentence denies one task, not the job.
const quarryExpert = `Quarry to get new fence

SALEM, Ore. (AP) — The city will fence the flooded quarry, officials said.

Rita Vance, a geologist at Oregon State University, said the quarry was 80 feet deep. She has not worked on the project.
`

// A denied task ("has not worked on the project") does not deny the job
// the article gives.
func TestJobWorkplaceNotDenied(t *testing.T) {
	checkAnswers(t, engineOf(t, quarryExpert), []answerCase{
		{"where does rita vance work", []string{"Oregon State University."}, nil},
	})
}
