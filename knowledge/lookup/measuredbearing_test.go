package lookup

import "testing"

// balloonLanding is a short article written for this test, in no
// question set: a place told by a distance and a bearing from a town.
const balloonLanding = `Hot-air balloon lands safely in pasture

MERIDEN, Kan. (AP) — A hot-air balloon carrying six people made an emergency landing Saturday in a cattle pasture about 4 miles southwest of Meriden, the sheriff said.

No one was hurt. The pilot said a gust pushed the balloon off course.
`

// "where" asks the place, which "about 4 miles southwest of Meriden"
// gives whole: the bearing without its distance places nothing.
func TestWhereByAMeasuredBearing(t *testing.T) {
	e := engineOf(t, balloonLanding)
	checkOpenings(t, e, []openingCase{
		{q: "where did the balloon land", first: "About 4 miles southwest of Meriden."},
	})
}
