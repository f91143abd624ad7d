package lookup

import "testing"

// starSurvey is a short article written for this test and in no question
// set: a thing named by a participle of naming, set off by commas, whose
// name holds a figure ("The star, called Kepler 1649,").
const starSurvey = "Astronomers find a second planet around a nearby star\n\n" +
	"A team of astronomers said Monday it had found a second planet around a dim star about 300 light-years from Earth.\n\n" +
	"The star, called Kepler 1649, is about a quarter the size of the sun.\n\n" +
	"The team used data from a retired space telescope and from two observatories in Chile.\n\n" +
	"Other astronomers said the finding would need to be confirmed.\n"

// TestParticipleNamed: "called" after a noun, set off by commas, gives
// the noun's name up to the closing comma, figures and all; "which star"
// and "what's the name of the star" are answered by it
// (namingparticiple.go).
func TestParticipleNamed(t *testing.T) {
	e := engineOf(t, starSurvey)
	checkOpenings(t, e, []openingCase{
		{q: "which star", first: "Kepler 1649"},
		{q: "what's the name of the star", first: "Kepler 1649"},
	})
}

// A scientific name set off by commas runs to its comma: the genus is
// capitalised and the epithet is not. The story is written for this test,
// in no question set.
func TestApposedScientificName(t *testing.T) {
	e := engineOf(t, "New gecko found\n\nBiologists have found a new gecko on an island off Madagascar.\n\nThe gecko, named Lygodactylus nivalis, is about 3 centimeters long.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what is the gecko called", first: "Lygodactylus nivalis"},
	})
}
