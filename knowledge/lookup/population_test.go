package lookup

import "testing"

// millTown is a short article written for these tests, in no question set:
// a town's population given as news writing gives it, a paragraph after
// the town is named, a count of people fleeing in the same sentence, and
// a second place whose population the article never gives.
const millTown = `Paper mill to close in Maine

AUGUSTA, Maine (AP) — The owners of the paper mill in Rumford, Maine, said Monday they would close it in March, ending about 600 jobs.

Workers at the Rumford mill learned of the decision at a morning meeting.

The town of about 5,800 has depended on the mill for more than a century, and about 200 people have already left for jobs in Lewiston, Maine.
`

func TestPopulationOfAPlace(t *testing.T) {
	checkAnswers(t, engineOf(t, millTown), []answerCase{
		// "the town of about 5,800": the place last named, its people
		{"how many people live in rumford", []string{"About 5,800 people."}, []string{"600 jobs.", "200 people."}},
		{"what's the population of rumford", []string{"5,800"}, nil},
		// the article gives no population for Lewiston or Augusta
		{"how many people live in lewiston", nil, []string{"5,800", "200 people.", "600"}},
		{"how many people live in augusta", nil, []string{"5,800", "200 people.", "600"}},
		{"what is lewiston's population", nil, []string{"5,800"}},
	})
}
