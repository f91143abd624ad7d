package lookup

import "testing"

// fourWinSeason is a short article written for this test and in no
// question set: a season's record written as a score ("finish 4-8").
const fourWinSeason = "Falcons fire coach\n\n" +
	"DENTON, Texas (AP) — North Plains State fired football coach Ray Ortiz on Sunday, a day after the Falcons lost their final game to finish 4-8, their worst season in a decade.\n\n" +
	"Attendance fell to 21,000 a game, the school said.\n"

// TestRecordAsked: "what was the record" asks the wins and losses a
// score's figures give (winloss.go); "the record attendance" would ask
// the attendance.
func TestRecordAsked(t *testing.T) {
	e := engineOf(t, fourWinSeason)
	checkOpenings(t, e, []openingCase{
		{q: "what was their record this season", first: "4-8"},
		{q: "whats the record", first: "4-8"},
	})
	if recordAsked.MatchString("what was the record temperature") {
		t.Error(`"the record temperature" read as a record asked`)
	}
}
