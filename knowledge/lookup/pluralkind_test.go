package lookup

import "testing"

// harborFinale is a short article written for this test, in no question
// set: counts of people by plurals WordNet also lists as lemmas of their
// own ("viewers": a television audience; "followers"), whose singulars
// are kinds of person.
const harborFinale = `Long-running fishing drama ends with its biggest audience

LOS ANGELES (AP) — The final episode of the fishing drama "Harbor Lights" drew about 9.4 million viewers on Sunday night, the network said Monday, the show's largest audience since its first season.

The show's star, Mara Quinlan, 52, thanked fans in a video posted to her social media account, which has 3.1 million followers.
`

func TestPeopleCountedByAPluralLemma(t *testing.T) {
	checkAnswers(t, engineOf(t, harborFinale), []answerCase{
		// "viewers" are viewers, kinds of person, as well as an audience
		{"how many people watched the finale", []string{"9.4 million"}, nil},
		{"how many people follow quinlan", []string{"3.1 million"}, nil},
	})
}
