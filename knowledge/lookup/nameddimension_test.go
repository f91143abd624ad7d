package lookup

import "testing"

// TestNamedDimension checks that "how big was the search area", whose
// noun "area" names the dimension that "big" leaves open, is answered in
// square units, not with a depth in inches the same sentence's topic
// also has.
func TestNamedDimension(t *testing.T) {
	e := engineOf(t, "Crews find missing kayaker on Maine river\n\nBANGOR, Maine (AP) — A kayaker missing since Monday was found alive Wednesday on an island in the Penobscot River, the Maine Warden Service said.\n\nThe search was slowed by 8 inches of rain that raised the river overnight.\n\nWardens said boats and a plane joined the search, which covered about 25 square miles of river and woods.\n")
	checkAnswers(t, e, []answerCase{
		{"how big was the search area", []string{"25 square miles"}, []string{"8 inches"}},
	})
}
