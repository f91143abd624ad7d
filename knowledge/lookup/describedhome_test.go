package lookup

import "testing"

// ferryCrash is a short article written for these tests, in no question
// set: people introduced by a description before their name and
// identified by hometown after it, and a sentence that places the act
// elsewhere.
const ferryCrash = `Ferry strikes dock in Port Aldis

PORT ALDIS, Wash. (AP) — A passenger ferry struck a dock Monday in Port Aldis, injuring six people.

The captain, Ellen Varga, 49, of Lindell, was taken to Harbor General Hospital in Sorrento.

A deckhand, Tomas Ruiz, 22, of Ferrin, was not hurt.

The ferry was towed to a shipyard in Marrow Bay for repairs.
`

// TestDescribedPersonHome checks that "where is the captain from" and
// "where does the deckhand live" read the hometown after the name of the
// person the description introduces, not a place the sentence gives for
// the act, and that a description no one fits is no one's home.
func TestDescribedPersonHome(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, ferryCrash)
	checkOpenings(t, e, []openingCase{
		{"where is the captain from", "Lindell.", nil, nil},
		{"where does the captain live", "Lindell.", nil, nil},
		{"where is the deckhand from", "Ferrin.", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"where is the mechanic from", nil, []string{"Lindell", "Ferrin"}},
	})
}
