package lookup

import "testing"

// barnCollapse is a short article written for this test, in no question
// set: an act reported by a verb ("examine") that a question asks by a
// prepositional verb WordNet files under it ("look at"), beside a
// sentence that names the kind of organisation asked and the object.
const barnCollapse = `Roof of county fair barn collapses

HARLAN, Ky. (AP) — The roof of a livestock barn at the Harlan County fairgrounds collapsed under heavy snow Sunday, the county said.

Rebuilding the barn will need the approval of two state agencies and the Harlan Fair Board, which owns the wreckage. No animals were hurt.

The state Office of Building Safety will examine the wreckage this week to learn why the trusses failed, a county spokesman said. State inspector Dale Moody will examine the trusses on Thursday.

Fair manager Lisa Grant said the trusses, like all the trusses at the fairgrounds, were 60 years old. The county's insurer, Bluegrass Mutual, covered the trusses, agent Tom Reyes said.
`

// "look at" is one verb (Quirk et al., §16.5), which WordNet files
// under "examine": the article's word for it.
func TestPrepositionalVerbMeansArticleWord(t *testing.T) {
	e := engineOf(t, barnCollapse)
	checkAnswers(t, e, []answerCase{
		{"which agency is going to look at the wreckage", []string{"Office of Building Safety"}, []string{"Fair Board"}},
		{"who will look at the trusses", []string{"Dale Moody"}, []string{"Lisa Grant"}},
		// a verb of talking with its topic is speech, not "cover" (insure)
		{"who talked about the trusses", []string{"Lisa Grant"}, []string{"Reyes"}},
	})
}
