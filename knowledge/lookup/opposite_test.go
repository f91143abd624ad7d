package lookup

import (
	"testing"
)

// clinic is a short article written for these tests, in no question set:
// a stated intention and a claim about the past, a unit the article writes
// in full that a reader names by its abbreviation, and acts and states
// told by their opposites (closed, fell, lost, alive).
const clinic = `Riverside clinic to close maternity ward

DALTON, Ga. (AP) — Riverside Medical Center will close its maternity ward in March, hospital officials said Tuesday. Its emergency room will stay open.

Shares of Halden Health, which runs the hospital, fell 6% on Tuesday.

The Casco Street garage, which served the hospital, remains closed after a fire.

Mayor Ana Ruiz lost her bid to keep the ward open. Ruiz said that she would ask the state for help. She said that the hospital had hidden its losses.

Ruiz offered an amendment to exempt the ward from the budget cuts. The sale of the hospital's parking garage went through in May.

Dr. Tom Haley, who delivered babies at the ward for 30 years, is alive and well and still lives in Dalton.
`

// TestOppositesAndIntentions checks yes/no answers from a stated plan,
// from a multi-word synonym the article writes, and from an antonym
// stated of the subject.
func TestOppositesAndIntentions(t *testing.T) {
	e := engineOf(t, clinic)
	tests := []openingCase{
		// a stated intention answers a question about the future; a claim
		// about the past stays a claim
		{"is ruiz gonna ask the state for help?", "Yes", []string{"she would ask the state"}, nil},
		{"will the mayor ask the state for help", "Yes", []string{"she would ask the state"}, nil},
		{"did the hospital hide its losses?", "The article reports a claim", []string{"had hidden"}, nil},
		// an abbreviation meets the compound the article writes (WordNet:
		// ER, emergency room)
		{"is the ER staying open?", "Yes", []string{"emergency room will stay open"}, nil},
		// the antonym stated of the subject is a no (WordNet: open/close,
		// rise/fall, win/lose, dead/alive)
		{"is the casco street garage open?", "No", []string{"remains closed"}, nil},
		{"did halden health shares rise?", "No", []string{"fell 6%"}, nil},
		{"did ruiz win her bid?", "No", []string{"lost her bid"}, nil},
		{"is haley dead?", "No", []string{"is alive"}, nil},
		// the word itself still answers yes
		{"did halden health shares fall?", "Yes", []string{"fell 6%"}, nil},
		// a light verb with a closing particle is one verb: the article
		// must write it, not only the subject's words
		{"did the ward exemption go through?", "The article does not say so", nil, nil},
		{"did the garage sale go through?", "Yes", []string{"went through"}, nil},
	}
	checkOpenings(t, e, tests)
}

// TestOppositeSentenceAnswersNothing checks that a sentence holding the
// antonym of a question word in its place ("the women's race" for "the
// mens race") is not taken as the answer, and that "vet" is read as the
// article's veterinarian, not a veteran.
func TestOppositeSentenceAnswersNothing(t *testing.T) {
	e := engineOf(t, "Lakeside 10K draws record field\n\nSOLON, Ohio (AP) — Ana Ruiz won the women's race at the Lakeside 10K on Sunday in 33 minutes.\n\nMore than 2,000 runners finished, said Dr. Joel Park, the race's veterinarian, who checked the dogs in the canicross event.\n")
	checkAnswers(t, e, []answerCase{
		{"who won the mens race", nil, []string{"Ana Ruiz."}},
		{"who won the womens race", []string{"Ana Ruiz."}, nil},
		{"whos the vet", []string{"Joel Park"}, nil},
	})
}
