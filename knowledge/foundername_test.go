package knowledge

import (
	"slices"
	"testing"
)

// TestFirmNamedAfterFounder checks that a bare surname written before the
// person's first full mention names the firm that opens with it, and that
// the bare name goes to the firm when the story never calls the person so.
func TestFirmNamedAfterFounder(t *testing.T) {
	text := `Pell Bros. Lumber to close mill

BARTON, Vermont (AP) — Pell Bros. Lumber will close its Barton sawmill in June, the company said Friday.

About 60 people work at the mill, which Pell has run since 1961.

Pell, started in 1921 by logger Amos Pell, was sold to a Quebec company in 2018.
`
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		switch e.Name {
		case "Pell Bros. Lumber":
			if !slices.Contains(e.Paragraphs, 2) || !slices.Contains(e.Aliases, "Pell") {
				t.Errorf("the firm's paragraphs %v and aliases %v lack the bare name's ¶2 and Pell", e.Paragraphs, e.Aliases)
			}
		case "Amos Pell":
			if !slices.Equal(e.Paragraphs, []int{3}) || slices.Contains(e.Aliases, "Pell") {
				t.Errorf("Amos Pell is mentioned in %v with aliases %v; want ¶3 only, no bare Pell", e.Paragraphs, e.Aliases)
			}
		}
	}
}
