package lookup

import "testing"

// A figure in a "who" clause on another named person is that person's:
// "how many seasons did he coach" asks the story's coach, not "Ray Voss,
// who retired after 19 seasons". The story is written for this test, in
// no question set.
func TestOthersRelativeFigure(t *testing.T) {
	e := engineOf(t, "Red River State Fires Football Coach Dale Ruiz After 3-9 Season\n\nFARGO, N.D. — Red River State University fired its head football coach, Dale Ruiz, on Sunday, a day after the Falcons finished a 3-9 season with a 42-10 loss to rival Prairie Tech.\n\nRuiz was hired in December 2018 from Western Idaho, where he went 44-17 in five seasons and won two conference titles. He replaced Ray Voss, who retired after 19 seasons.\n\nRuiz did not respond to a request for comment.\n\nRed River State's president, Dr. Ann Lee, said the buyout would be paid from athletic department money and donations, not tuition or state funds.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many seasons did he coach", first: "Five seasons"},
	})
}
