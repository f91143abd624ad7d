package lookup

import (
	"testing"

	"storybot/knowledge"
)

// interimChief is a short article written for this test, in no question
// set: a chief named "as interim chief" at the end of a sentence that
// first names the manager who named her, whose title WordNet's "chief"
// (a boss) also meets; a chief who resigned; and a mayor whose
// introducing sentence holds a nationality that is not his.
const interimChief = `Oakdale names interim fire chief after resignation

OAKDALE, Ore. (AP) — Oakdale Fire Chief Mark Tully resigned Monday after an audit found thousands of dollars in overtime errors.

City Manager Ana Ruiz named Deputy Chief Carla Benton, a 19-year veteran of the department, as interim chief.

Mayor Jim Hale, who hosted Canadian investors at the mayor's office last month, said the city would search nationally for a permanent chief.
`

func TestWhoByDescription(t *testing.T) {
	e := engineOf(t, interimChief)
	checkOpenings(t, e, []openingCase{
		{q: "whos the interim chief", first: "Carla Benton."},
	})
	for _, q := range []string{
		"who is the interim mayor",   // no mayor is interim
		"who is the permanent chief", // the mayor's reported words name one, not who
		"who is the canadian mayor",  // the investors are Canadian, not the mayor
	} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: want a refusal, got %q", q, a.Text)
		}
	}
}
