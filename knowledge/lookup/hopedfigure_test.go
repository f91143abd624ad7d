package lookup

import "testing"

// TestHopedFigure: a figure a verb of hope governs ("had hoped to raise
// $2,000") is the aim, not the sum raised, unless the question asks the
// aim; and "more than" before a figure stands no farther from its verb.
func TestHopedFigure(t *testing.T) {
	e := engineOf(t, "Bake sale tops goal for Rivet shelter\n\nRIVET, Neb. (AP) — A bake sale Saturday at the Rivet community hall drew about 200 people and raised more than $3,400 for the Rivet animal shelter, which lost part of its roof in a storm last month, volunteers said.\n\nThe shelter had hoped to raise $2,000. It was the biggest sale since a 2021 bake sale for a volunteer hurt in a fall, which raised $1,900.\n")
	checkAnswers(t, e, []answerCase{
		{"how much did they raise", []string{"$3,400"}, nil},
		{"how much money was raised", []string{"$3,400"}, nil},
		{"how much did the shelter hope to raise", []string{"$2,000"}, nil},
	})
	checkOpenings(t, e, []openingCase{
		{"did they raise over $3,000", "Yes —", []string{"$3,400"}, nil},
	})
}
