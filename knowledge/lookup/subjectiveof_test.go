package lookup

import "testing"

// libraryDirector is a short article written for this test, in no
// question set: an intransitive act told by its noun with an of-phrase
// ("after the retirement of Carl Dunn") in a sentence whose subject did
// another act, beside an object-taking one ("the arrest of Tom Hale").
const libraryDirector = `Library names new director

ASHTON, Idaho (AP) — Mia Chen became director of the Ashton Public Library on Monday after the retirement of Carl Dunn, who had run it since 1998.

Police Chief Ray Lutz announced the arrest of Tom Hale, a former clerk, on Friday.
`

func TestSubjectiveOf(t *testing.T) {
	checkAnswers(t, engineOf(t, libraryDirector), []answerCase{
		{"who retired", []string{"Carl Dunn."}, []string{"Mia Chen."}},
		// "arrest" takes an object: Hale was arrested, he arrested no one
		{"who made the arrest", nil, []string{"Tom Hale."}},
	})
}
