package lookup

import "testing"

// lindqvistFire is a short article written for these tests, in no
// question set: a child rescued from a house fire, whose mother the
// article names but never a father, and a neighbor introduced in a
// sentence that also names "the girl".
const lindqvistFire = `Neighbor carries girl, 4, from burning house

DALBY, Iowa (AP) — A 4-year-old girl was carried out of her burning home on Tuesday by a neighbor who saw smoke from his porch, fire officials said.

Ray Holm, 52, heard the girl's older brother shouting from the yard and ran inside through the back door.

"I owe him everything," said the girl's mother, Petra Lindqvist, 31, who was at work when the fire started.
`

// TestPossessedRelationNeverNamed refuses a question about a relative the
// article never names ("the girl's father") rather than answer with the
// relative it does name ("mother", which WordNet puts in one verb synset
// with "father") or with the person whose sentence names the possessor.
func TestPossessedRelationNeverNamed(t *testing.T) {
	e := engineOf(t, lindqvistFire)
	checkWantOrRefused(t, e, []wantCase{
		{"what is the name of the girl's father", ""},
		{"who is the girl's father", ""},
		{"who is the girl's dad", ""},
		{"whats the name of the kid's father", ""},
		{"who is the girl's mother", "Petra Lindqvist"},
		{"who is the girl's mom", "Petra Lindqvist"},
	})
}

// TestSynonymNeverAntonym keeps a word WordNet opposes to the asked one
// out of its synonyms: "father" and "mother" share a verb synset (to
// beget) but are antonyms as nouns.
func TestSynonymNeverAntonym(t *testing.T) {
	e := engineOf(t, lindqvistFire)
	for _, w := range []string{"father", "dad"} {
		if got := e.synonymsInAnySenseKnown(w); len(got) > 0 {
			t.Errorf("%q: synonyms the article uses: %v, want none", w, got)
		}
	}
}
