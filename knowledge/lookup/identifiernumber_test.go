package lookup

import "testing"

// A story that names a bus route and a classroom by number after their
// head nouns, beside counts of other things.
const identifierNumberStory = `Bus crash closes school road

ARDEN, Del. (AP) — A city bus on Route 14 slid off an icy road and into a ditch Monday morning, injuring three of its 22 passengers, police said.

The bus had stopped near Harlan Elementary School, where 40 pupils were waiting in Room 12 for the doors to open.

The transit agency runs 31 routes and said service on the others was on time.
`

func TestIdentifierNumberAsked(t *testing.T) {
	e := engineOf(t, identifierNumberStory)
	checkAnswers(t, e, []answerCase{
		// "the route number" asks which route, not a count
		{"whats the route number", []string{"Route 14"}, nil},
		{"what room number were the pupils waiting in", []string{"Room 12"}, nil},
	})
}
