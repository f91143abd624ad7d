package lookup

import "testing"

// boardChair is a short article written for this test, in no question
// set: the object of a verb is an organisation's full name with a
// preposition inside it ("the House Committee on Rural Roads").
const boardChair = `Lawmaker under review

SALEM, Ore. (AP) — State Rep. Nora Kell, 51, has led the House Committee on Rural Roads since 2021, the clerk's office said.

Kell also joined the Council for Fair Tolls in 2019.
`

// A name keeps the preposition inside it (Quirk et al., §5.60–5.66), so
// the object cut from the sentence is the whole name, not "the House
// Committee".
func TestObjectPhraseKeepsName(t *testing.T) {
	e := engineOf(t, boardChair)
	checkOpenings(t, e, []openingCase{
		{q: "what does kell lead", first: "The House Committee on Rural Roads."},
		{q: "what did kell join", first: "The Council for Fair Tolls."},
	})
}
