package lookup

import "testing"

// branchLibraryLevy is a short article written for this test, in no question
// set: a tally written with the noun "votes" after a comma and no verb of
// voting before it, and a ballot measure named by a hyphenated figure.
const branchLibraryLevy = `Library levy passes on second try

MEDFORD, Ore. (AP) — Jackson County voters approved a property tax levy on Tuesday to reopen three branch libraries.

The levy, Measure 15-210, passed with 57% of the vote, about 41,300 votes to 31,150. It was the second time in 20 years that the county's voters had been asked to pay for the libraries.

Support for the branches grew from 40 votes to 160 at a county meeting last spring.
`

// "N votes to M" is a tally by its noun: its second figure counts the
// votes against, written as the article writes it.
func TestVotesTally(t *testing.T) {
	e := engineOf(t, branchLibraryLevy)
	checkAnswers(t, e, []answerCase{
		{"how many voted no", []string{"31,150"}, []string{"41,300 votes."}},
		{"how many votes against the levy", []string{"31,150"}, nil},
		{"how many people voted for it", []string{"41,300"}, nil},
	})
}

// A figure right after a capitalised named head or an identifier head is
// the name's, no tally: "Measure 15-210" is no vote of 15 to 210.
func TestDesignatedFigure(t *testing.T) {
	e := engineOf(t, branchLibraryLevy)
	checkAnswers(t, e, []answerCase{
		{"how many votes did it get", []string{"41,300"}, []string{"15-210:"}},
		{"what was the vote", []string{"41,300 votes to 31,150"}, []string{"15-210:"}},
	})
}
