package lookup

import "testing"

// holidayConcert is a short article written for this test, in no question set:
// a holiday named first and its date set in apposition after it.
const holidayConcert = `Boys choir cancels holiday tour

VIENNA, Va. (AP) — A boys choir has canceled its holiday tour after a flu outbreak, its director said Friday.

The tour was to end with a concert in Baltimore just before Christmas, on Dec. 21.

The choir's spring concert is planned for next month.
`

// TestSpecifiedDay checks that a question for a date is answered by the
// date set in apposition after a holiday, while a time with no date
// still draws the reply that the article gives none.
func TestSpecifiedDay(t *testing.T) {
	e := engineOf(t, holidayConcert)
	checkOpenings(t, e, []openingCase{
		{q: "what date was the tour going to end", first: "Just before Christmas, on Dec. 21"},
	})
	checkWantOrRefused(t, e, []wantCase{{q: "what date is the spring concert", want: ""}})
}
