package lookup

import "testing"

// leagueStanding is a short article written for this test and in no
// question set: a team's standing told as "into third place", with
// another team named after it.
const leagueStanding = "Bristol Rovers beat Exeter 2-0\n\n" +
	"BRISTOL, England — Bristol Rovers beat Exeter City 2-0 on Saturday.\n\n" +
	"The win lifted Bristol Rovers into third place in League One, two points ahead of Exeter City.\n"

// TestOrdinalPlace: "what place are Bristol Rovers in" is answered by the
// ordinal before "place" after their name, and not given to the team
// named after it (placing.go).
func TestOrdinalPlace(t *testing.T) {
	e := engineOf(t, leagueStanding)
	checkOpenings(t, e, []openingCase{
		{q: "what place are bristol rovers in", first: "Third place"},
	})
	if a := answerOf(t, e, "what place is exeter city in"); a.Found && a.Text[:min(11, len(a.Text))] == "Third place" {
		t.Errorf("what place is exeter city in: want no third place, got:\n%s", a.Text)
	}
}
