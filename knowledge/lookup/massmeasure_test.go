package lookup

import "testing"

// tankerSpill is a short article written for this test, in no question
// set: a measure phrase whose mass its sentence names before it and
// leaves out of the phrase, a second load the article never measures,
// and a measure of a kind of road.
const tankerSpill = `Tanker truck overturns on Route 4

DALTON, Ga. (AP) — A tanker truck carrying diesel and motor oil overturned on Route 4 early Monday, closing the highway for six hours.

Crews sealed the ruptured oil tank by noon, but not before about 900 gallons had leaked onto the shoulder, the sheriff said. The truck's driver was not hurt.

A second truck later pumped 300 gallons of water onto the road to wash it. Police closed 2 miles of interstate.
`

// A measure phrase without its "of" measures the mass its sentence
// names ("the ruptured oil tank …, about 900 gallons had leaked"); a
// question about a mass no sentence measures is refused, and gallons of
// one mass do not answer for another.
func TestMeasureOfAMass(t *testing.T) {
	e := engineOf(t, tankerSpill)
	checkAnswers(t, e, []answerCase{
		{"how much oil leaked", []string{"900 gallons"}, nil},
		{"how many gallons of oil spilled", []string{"900 gallons"}, nil},
		{"how many gallons of diesel leaked", nil, []string{"900 gallons", "300 gallons"}},
		{"how many gallons of diesel were on the truck", nil, []string{"300 gallons"}},
		{"how many gallons of diesel were pumped", nil, []string{"300 gallons"}},
		{"how much water did the second truck pump", []string{"300 gallons"}, nil},
		// a kind of the mass asked is that mass: an interstate is a road
		{"how many miles of road did police close", []string{"2 miles"}, nil},
	})
}
