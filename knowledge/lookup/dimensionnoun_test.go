package lookup

import "testing"

// canalLock is a short article written for this test, in no question
// set: a thing measured in length and weight, with no height given.
const canalLock = `New lock gate arrives at Erie Canal

LOCKPORT, N.Y. (AP) — A new steel gate for Lock 35 arrived by barge Monday.

The gate is 45 feet long and weighs 38 tons, the state Canal Corporation said. Crews will spend 3 weeks installing it.
`

// A dimension noun asks what its adjective does: "the length of the
// gate" how long it is; "size" with the dimensions named is those.
func TestDimensionNouns(t *testing.T) {
	e := engineOf(t, canalLock)
	checkAnswers(t, e, []answerCase{
		{"what's the length of the gate", []string{"45 feet."}, []string{"38 tons."}},
		{"weight of the gate?", []string{"38 tons."}, nil},
		{"size of the gate? length and weight", []string{"45 feet.", "38 tons."}, nil},
		// no height is given: no measure of another dimension stands for it
		{"what's the height of the gate", nil, []string{"45 feet.", "38 tons.", "3 weeks."}},
	})
}

// "How long is" a physical thing asks its length, which a measure phrase
// headed by its unit gives ("45 feet long and weighs 38 tons"), not how
// long an act took; a measure stated as a length is no height.
func TestLengthOfAThing(t *testing.T) {
	e := engineOf(t, canalLock)
	checkAnswers(t, e, []answerCase{
		{"how long is the gate", []string{"45 feet."}, []string{"3 weeks."}},
		{"how tall is the gate", nil, []string{"45 feet."}},
		{"how long will installing the gate take", []string{"3 weeks."}, nil},
	})
	barge := engineOf(t, "Barge docks at Lockport\n\nLOCKPORT, N.Y. (AP) — A barge docked Monday.\n\nThe barge is 120 feet long.\n")
	checkAnswers(t, barge, []answerCase{
		{"how long is the barge", []string{"120 feet."}, nil},
		{"how tall is the barge", nil, []string{"120 feet."}},
	})
}

// A compound adjective of measure describes the noun it premodifies: "a
// 14-inch crack in the bridge" is the crack's length, but "the tower is
// a 90-foot spire" describes the tower.
func TestMeasureOfThePremodifiedNoun(t *testing.T) {
	e := engineOf(t, "Crack closes river bridge\n\nPEORIA, Ill. (AP) — Inspectors found a 14-inch crack in the bridge on Tuesday.\n\nThe clock tower nearby is a 90-foot spire.\n")
	checkAnswers(t, e, []answerCase{
		{"how long is the bridge", nil, []string{"14-inch."}},
		{"how long is the crack", []string{"14-inch."}, nil},
		{"how tall is the clock tower", []string{"90-foot."}, nil},
	})
}

// A length before "from" (with no "to") or "away" is a distance between
// places, no size: "how big is the spill" is not "three miles from the
// intake". The story is written for this test, in no question set.
func TestDistanceIsNoSize(t *testing.T) {
	e := engineOf(t, "Oil spill on river\n\nMARIETTA, Ohio (AP) — An oil spill on the Ohio River covered about 40 acres by Thursday, the Coast Guard said.\n\nThe spill is about three miles from the city's water intake, officials said.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how big is the spill", first: "About 40 acres"},
	})
}

// A count of parts ("a two-lane tunnel") measures no dimension: "how long
// is the tunnel" is answered by the unit of length first. The story is
// written for this test, in no question set.
func TestPartsCountNoLength(t *testing.T) {
	e := engineOf(t, "Tunnel opens\n\nDENVER (AP) — The new Berthoud tunnel opened to traffic on Friday morning, nearly a year behind schedule.\n\nThe two-lane tunnel, which cost $300 million, connects Empire with Winter Park and replaces a 1938 mountain road.\n\nAt 1.2 miles, the lighted tunnel is the longest in Colorado.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how long is the tunnel", first: "1.2 miles"},
	})
}
