package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// portHiring is a short article written for this test, in no question
// set: it counts job seekers and employers, never jobs or employees, and
// a cannery's workers.
const portHiring = `Port city hiring day draws crowd

GALVESTON, Texas (AP) — About 700 job seekers lined up outside the port authority's warehouse on Saturday for a hiring day, officials said.

Forty employers took part, most of them shipping firms.

The event came a month after a seafood cannery closed and let go 260 workers.
`

// TestCountedHead checks that a count counts its head noun: "job
// seekers" are no count of jobs, "employers" none of employees, while
// the cannery's workers still count its employees.
func TestCountedHead(t *testing.T) {
	e := engineOf(t, portHiring)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	for _, q := range []string{"how many jobs were available", "how many employees were at the hiring day"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if a.Found && (strings.Contains(a.Text, "700") || strings.Contains(a.Text, "Forty")) {
			t.Errorf("%q: a count of seekers or employers is no count of the asked noun, got:\n%s", q, a.Text)
		}
	}
	checkOpenings(t, e, []openingCase{
		{"how many job seekers came", "About 700 job seekers", nil, nil},
		{"how many employers took part", "Forty employers", nil, nil},
		{"how many cannery employees were let go", "260 workers", nil, nil},
	})
}

func TestOpposedRoleStems(t *testing.T) {
	for _, tt := range []struct {
		noun, unit, f string
		want          bool
	}{
		{"employers", "employ", "employe", true},
		{"employees", "employe", "employ", true},
		{"workers", "worker", "worker", false},
		{"trainees", "traine", "traine", false},
	} {
		if got := opposedRoleStems(quantity{noun: tt.noun, unit: tt.unit}, tt.f); got != tt.want {
			t.Errorf("opposedRoleStems(%q, %q) = %v, want %v", tt.noun, tt.f, got, tt.want)
		}
	}
}

// ferryCrew is a short article written for this test: "crew members"
// are counted by the premodifier, "member" being no verb's agent.
const ferryCrew = `Island ferry adds winter runs

ROCKLAND, Maine (AP) — The state ferry service hired eight crew members this fall to run a new winter schedule to the island, officials said.
`

func TestCountedHeadNotAgent(t *testing.T) {
	e := engineOf(t, ferryCrew)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{{"how many crew did the ferry service hire", "Eight crew members", nil, nil}})
}
