package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// ferryPilot is a short article written for this test, in no question
// set: the subject opens as "The pilot, NAME," and a source closes the
// sentence; the next sentence goes on with "He".
const ferryPilot = `Ferry pilot charged after dock crash in Seattle

SEATTLE (AP) — A ferry struck a dock in Seattle on Friday, injuring four passengers, the Coast Guard said.

The pilot, Aaron Voigt of Bremerton, was taken off duty the same day, agency spokeswoman Dana Kirsch said. He was charged Monday with operating a vessel while impaired.

The ship's owner, Puget Lines, said it was reviewing its training.
`

// "who was charged": "He" continues the subject of the sentence before,
// the pilot named in apposition, not the spokeswoman of its attribution.
func TestApposedSubjectCarriesPronoun(t *testing.T) {
	e := engineOf(t, ferryPilot)
	checkOpenings(t, e, []openingCase{
		{q: "who was charged", first: "Aaron Voigt"},
	})
}

// The rule must not fire where no description opens the sentence: the
// owner is no person, and no one is told reviewing passengers.
func TestApposedSubjectNotOtherOpening(t *testing.T) {
	for _, text := range []string{"The pilot said he was sorry.", "Aaron Voigt, the pilot, said so.", "The Coast Guard, Kirsch said, will look."} {
		s := sentence{text: text, toks: tokenize(text)}
		if a := apposedOpeningAt(&s); a != 0 {
			t.Errorf("%q: no apposed name opens it, got %d", text, a)
		}
	}
	e := engineOf(t, ferryPilot)
	if a := ask(t, e, knowledge.Question{Text: "who was fired"}); a.Found && strings.Contains(a.Text, "Kirsch") {
		t.Errorf("no one is told fired, got %s", a.Text)
	}
}
