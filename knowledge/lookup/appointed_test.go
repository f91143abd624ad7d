package lookup

import "testing"

// choirDirector is a short article written for these tests, in no
// question set: roles given by an appointing verb with "as" after the
// name, past a title and an appositive.
const choirDirector = `Cathedral choir names new director after 30 years

SALEM, Ore. (AP) — The St. Agnes Cathedral board on Monday named Deputy Director Ruth Okada, a former music teacher, as interim director of the choir.

The board also hired Miguel Serrano as assistant conductor. Okada replaces Walter Brandt, who retired in May.
`

// TestAppointedAs checks that a role an appointing verb gives with "as"
// answers who holds it.
func TestAppointedAs(t *testing.T) {
	e := engineOf(t, choirDirector)
	checkOpenings(t, e, []openingCase{
		{q: "whos the interim director", first: "Ruth Okada."},
		{q: "who is the assistant conductor", first: "Miguel Serrano."},
	})
	if r := appointedAs("the board said it", ", a teacher, as director"); r != "" {
		t.Errorf("no appointing verb, yet role %q", r)
	}
}
