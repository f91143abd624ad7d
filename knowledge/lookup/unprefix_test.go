package lookup

import "testing"

// busSlideArticle is a short accident story written for these tests: one
// person is told "unhurt", others hurt.
const busSlideArticle = `School bus slides off icy road

CARVER, Minnesota (AP) — A school bus slid off an icy road Tuesday morning near Carver, the sheriff said.

The driver, Opal Reyes, was shaken but unhurt, Sheriff Lyle Banks said.

Two students were hurt and taken to a hospital in Chaska.
`

// TestUnPrefixedAdjectiveDenies: an un- adjective the article predicates
// of the subject answers No to the question of its base, or of a synonym
// of the base; the base itself stays Yes.
func TestUnPrefixedAdjectiveDenies(t *testing.T) {
	e := engineOf(t, busSlideArticle)
	checkOpenings(t, e, []openingCase{
		{q: "was the driver hurt", first: "No", want: []string{"unhurt"}},
		{q: "was reyes injured", first: "No", want: []string{"unhurt"}},
		{q: "were the students hurt", first: "Yes"},
	})
}
