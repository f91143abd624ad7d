package lookup

import "testing"

// TestClosedQuote: a count whose noun the article writes in quotation
// marks (a coined term) is answered with the marks in pairs, not with a
// quotation opened and never closed.
func TestClosedQuote(t *testing.T) {
	e := engineOf(t, `Town opens shelters as cold snap arrives

DARBY, Pa. (AP) — The town opened 12 "warming rooms" in schools on Monday as temperatures fell below zero, officials said.

Mayor Ruth Okonkwo, 47, said the rooms would stay open through Friday.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many warming rooms", first: `12 "warming rooms".`},
	})
	if got := closedQuote("plain words"); got != "plain words" {
		t.Errorf("closedQuote changed a phrase without marks: %q", got)
	}
}
