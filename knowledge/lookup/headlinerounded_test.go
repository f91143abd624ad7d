package lookup

import "testing"

// A headline rounds the lead's exact count to a plural numeral noun
// ("dozens hurt"); "how many" is answered with the body's exact figure of
// the same act, told with the headline's word or a synonym of it
// ("injured").
func TestHeadlineRoundedCountTakesTheBodysFigure(t *testing.T) {
	e := engineOf(t, `Grandstand gives way at county fair; dozens hurt, hundreds flee

LINDEN, Iowa (AP) — At least 46 people were injured Saturday night when a section of wooden bleachers collapsed during a tractor pull in Linden, the Harlan County sheriff said.

About 150 spectators left the grounds on their own after the collapse, Sheriff Ray Toomey said.

"It went down like a row of dominoes," Toomey said.
`)
	checkOpenings(t, e, []openingCase{
		{"how many were hurt at the fair", "At least 46", []string{"¶1"}, nil},
	})
}
