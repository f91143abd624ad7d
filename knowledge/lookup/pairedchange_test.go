package lookup

import "testing"

// shelterReport is a short article written for these tests, in no
// question set: a count set beside an earlier one with "down from", a
// cost set beside its budget with "double the", and a figure with no
// earlier one beside it.
const shelterReport = `Animal shelter takes in fewer dogs

KESTON, Neb. (AP) — The Keston County animal shelter took in 640 dogs last year, down from 910 in 2019, director Lena Brack said Wednesday.

The shelter's new kennel cost $1.9 million, nearly double the $1 million the board set aside for it.

The shelter houses 38 cats, about the same as five years ago.
`

func TestFigureBesideEarlierAnswersBothSides(t *testing.T) {
	checkAnswers(t, engineOf(t, shelterReport), []answerCase{
		// the pair answers both sides, in the article's words
		{"how many dogs now vs before?", []string{"640 dogs last year, down from 910 in 2019."}, nil},
		{"dogs now vs then?", []string{"640 dogs last year, down from 910 in 2019."}, nil},
		{"kennel - budgeted vs actual", []string{"$1.9 million, nearly double the $1 million."}, nil},
		// the best sentence sets no earlier figure beside its own: no pair
		// from another sentence
		{"cats now vs five years ago", []string{"38 cats"}, []string{"640", "910"}},
	})
}
