package lookup

import "testing"

// depotShake is a short article written for this test, in no question
// set: two people are introduced by a title before the name and given a
// new post by "was named", the post's head a common noun with a demonym's
// ending ("coach", "technician").
const depotShake = `Transit agency shakes up rail depot after derailment

GRAYSON, Ky. (AP) — The Grayson Transit Authority replaced the head of its rail depot on Monday, a week after a maintenance train derailed in the yard.

Maintenance supervisor Ellen Voight, 52, was named chief technician and will oversee repairs to the damaged track.

Safety manager Luis Ortega, 47, was named interim coach of the agency's training program for new drivers.

"We have to rebuild trust with our riders," said Ortega, a former Russian-language teacher.
`

// A word that ends like a demonym but that the article writes only in
// lower case is a common noun: the holder is found in the sentence that
// gives the post, though their own title before the name is another.
func TestLowerCaseDemonymShapedNoun(t *testing.T) {
	e := engineOf(t, depotShake)
	checkAnswers(t, e, []answerCase{
		{"who's the interim coach", []string{"Ortega"}, []string{"Voight"}},
		{"who is the chief technician", []string{"Voight"}, []string{"Ortega"}},
	})
}
