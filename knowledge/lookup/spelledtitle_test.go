package lookup

import "testing"

// TestSpelledTitleAcronym checks, on a short article written for this
// test, that a question typed with a title acronym ("ceo") the article
// never writes meets the title it spells out ("chief executive").
func TestSpelledTitleAcronym(t *testing.T) {
	e := engineOf(t, "Strike at Ohio plant enters second week\n\n"+
		"TOLEDO, Ohio (AP) — About 900 workers at the Lakeshore Glass plant stayed off the job for an eighth day Monday.\n\n"+
		"Sen. Ada Brill, D-Ohio, visited the picket line Sunday. She said she had spoken by phone with the company's chief executive, Paul Sorensen, on Friday night.\n")
	checkOpenings(t, e, []openingCase{
		{q: "did brill talk to the ceo", first: "Yes", want: []string{"chief executive"}},
	})
}
