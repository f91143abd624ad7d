package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// ferryPunctual is a short article written for these tests, in no
// question set: acts told early, on time and late, and "early" and
// "late" of a part of a period.
const ferryPunctual = `New ferry terminal opens months late

PORT ALDEN, Maine (AP) — The new ferry terminal in Port Alden opened Thursday, five months late, after a shortage of steel pilings, harbor officials said.

The first boat left early Thursday with 40 passengers.

The ticket office will open on time next week, manager Ruth Kell said.

The paving of the parking lot finished ahead of schedule.
`

// TestTimelinessVerdict checks that an act told late, on time or ahead of
// schedule answers whether it was on time or late, and that "early" of a
// part of a day tells no point of the scale.
func TestTimelinessVerdict(t *testing.T) {
	e := engineOf(t, ferryPunctual)
	checkOpenings(t, e, []openingCase{
		{q: "did the terminal open on time", first: "No", want: []string{"five months late"}},
		{q: "did the terminal open late?", first: "Yes", want: []string{"five months late"}},
		{q: "will the ticket office open late", first: "No", want: []string{"on time"}},
		{q: "did the paving finish late", first: "No", want: []string{"ahead of schedule"}},
	})
	a := ask(t, e, knowledge.Question{Text: "did the first boat leave on time"})
	if strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No —") {
		t.Errorf("\"early Thursday\" tells the part of a day, not a point of timeliness; got %q", a.Text)
	}
}

// TestTimelinessPoint checks the points read from a clause.
func TestTimelinessPoint(t *testing.T) {
	none := func(int) bool { return false }
	for _, tt := range []struct {
		text  string
		point int
		ok    bool
	}{
		{"it opened four months late", 1, true},
		{"it will open on time", 0, true},
		{"it is behind schedule", 1, true},
		{"it closed ahead of schedule", -1, true},
		{"they arrived early to the game", -1, true},
		{"it opened early tuesday", 0, false},
		{"the late mayor built it", 0, false},
		{"is it too late to apply", 0, false},
	} {
		p, _, ok := timelinessPoint(tokenize(tt.text), none)
		if ok != tt.ok || ok && p != tt.point {
			t.Errorf("%q: got %d %v, want %d %v", tt.text, p, ok, tt.point, tt.ok)
		}
	}
}
