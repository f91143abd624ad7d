package lookup

import "testing"

// mastersMile is a short article written for this test, in no question
// set: a name follows a fronted prepositional phrase set off by a comma,
// and another a noun phrase in apposition.
const mastersMile = `Retired judge wins masters mile at Carver Field

CARVER, Mont. (AP) — In the masters mile, Roy Ellery, a retired judge, won in 5 minutes, 2 seconds on Saturday.

The meet's director, Anna Pike, said 212 runners took part. At the finish, Ellery said his knees hurt.
`

// A noun phrase before a name is an appositive, and so the person's role,
// only when no preposition governs it (Quirk et al. 1985, §9.1): "In the
// masters mile, Roy Ellery" is a fronted adverbial, "The meet's director,
// Anna Pike," an appositive.
func TestPrepositionalPhraseBeforeANameIsNoRole(t *testing.T) {
	e := engineOf(t, mastersMile)
	checkAnswers(t, e, []answerCase{
		{"what does roy ellery do", []string{"Roy Ellery is a retired judge."}, []string{"also calls"}}, // not "the masters mile", not "the finish"
		{"who is the meet director", []string{"Anna Pike"}, nil},
	})
}
