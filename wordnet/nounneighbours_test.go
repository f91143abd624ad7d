package wordnet

import (
	"slices"
	"testing"
)

// TestNounNeighbours checks that NounNeighbours follows the links of a
// word's noun senses and leaves out those of its verb senses, which
// Neighbours follows too.
func TestNounNeighbours(t *testing.T) {
	w := open(t)
	if !slices.Contains(w.Neighbours("stock"), "fit") {
		t.Fatal(`Neighbours("stock") lacks the verb's "fit": the WordNet files changed`)
	}
	if got := w.NounNeighbours("stock"); slices.Contains(got, "fit") {
		t.Errorf(`NounNeighbours("stock") = %q, holds the verb's "fit"`, got)
	}
	if got := w.NounNeighbours("stock"); !slices.Contains(got, "capital") {
		t.Errorf(`NounNeighbours("stock") = %q, lacks the noun's "capital"`, got)
	}
	if got := w.Neighbours("stock"); !slices.Contains(got, "fit") {
		t.Errorf(`Neighbours("stock") after NounNeighbours = %q: the two share a cache and must not mix`, got)
	}
}
