package lookup

import "testing"

// "Urged" reports what someone asked in words, so the governor who urged
// both sides back to talks said something; "wrote 212 checks" makes
// things and reports no words of the writer's.
func TestReportedUrgeAndWrittenThings(t *testing.T) {
	e := engineOf(t, "Nurses strike\n\n"+
		"About 1,200 nurses went on strike Monday at St. Brendan's Medical Center.\n\n"+
		"Gov. Tim Walz urged both sides to return to the table.\n\n"+
		"Former treasurer Gregory Pike was convicted Thursday. Investigators said he wrote 212 checks to a shell company he controlled.")
	checkOpenings(t, e, []openingCase{
		{q: "what did the governor say", want: []string{"urged both sides"}, not: []string{"neither quotes"}},
	})
	checkWantOrRefused(t, e, []wantCase{{q: "what did pike say"}})
}
