package lookup

import "testing"

// TestCapitalisedTitleBeforeName checks that a capitalised kind of person
// right before a name, a formal title in AP style, is what the article
// calls that person, so "the superintendent" is Nell Ames, whose
// quotations answer what she said, not only the sentence that names her
// title beside another person's name.
func TestCapitalisedTitleBeforeName(t *testing.T) {
	e := engineOf(t, `Principal to retire

OSSIAN, Indiana (AP) — Principal Dan Mott will retire in June, Superintendent Nell Ames said Tuesday.

"He gave this school 30 years," Ames said. "We will miss him."

Parent Tom Reyes said the school would not be the same. "It will not feel like home," he said.
`)
	checkAnswers(t, e, []answerCase{
		{"what did the superintendent say", []string{"Nell Ames said", "30 years"}, []string{"feel like home"}},
	})
}
