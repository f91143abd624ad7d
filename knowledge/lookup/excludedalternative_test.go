package lookup

import "testing"

// kilnSite is a short article written for this test, in no question set:
// alternatives set aside by "rather than", "instead of" and a comma-led
// "not", beside the ones the sentences assert, and a "not only" that
// adds rather than excludes.
const kilnSite = `Students uncover Roman-era kiln near Castell Brea

CASTELL BREA, Wales (AP) — University students have uncovered a Roman-era pottery kiln on a farm near Castell Brea, archaeologists said Friday.

The kiln was fired with charcoal rather than wood, said Dr. Owen Hale, who directs the dig.

The team lifted the floor by hand instead of with a digger.

Hale said the pots were made for the local market, not for the army.

The kiln made not only pots but also roof tiles.
`

func TestExcludedAlternativeAnswersNo(t *testing.T) {
	e := engineOf(t, kilnSite)
	checkOpenings(t, e, []openingCase{
		// the alternative set aside: no
		{"was the kiln fired with wood?", "No", nil, nil},
		{"did the team use a digger", "No", nil, nil},
		{"were the pots made for the army", "No", nil, nil},
		// the alternative asserted: yes, as before
		{"was the kiln fired with charcoal?", "Yes", nil, nil},
		{"were the pots made for the local market", "Yes", nil, nil},
		// "not only" adds: yes
		{"did the kiln make roof tiles", "Yes", nil, nil},
	})
}
