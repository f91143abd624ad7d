package lookup

import "testing"

// parishPastor is a short article written for this test, in no question
// set: an appointing verb before "the Rev." and an appositive.
const parishPastor = `Diocese names new pastor for river parish

DUBUQUE, Iowa (AP) — Archbishop Tom Keane on Monday named the Rev. Luis Ferro, a former Army chaplain, as the new pastor of St. Mary's Church.

Keane also thanked the Rev. Jan Holt for leading the parish for a year.
`

// TestTitleArticle checks that "the" before "Rev." does not hide the
// appointing verb before it.
func TestTitleArticle(t *testing.T) {
	e := engineOf(t, parishPastor)
	checkOpenings(t, e, []openingCase{
		{q: "who's the new pastor", first: "Luis Ferro."},
	})
	if !titleArticle([]string{"named", "the", "Rev."}, 1) || titleArticle([]string{"named", "the", "most"}, 1) {
		t.Error("the article of a title misread")
	}
}
