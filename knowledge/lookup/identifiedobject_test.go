package lookup

import "testing"

// grainBinCollapse is a short article written for this test, in no
// question set: the dead are named by an active identifying clause ("The
// sheriff identified the dead worker as …").
const grainBinCollapse = `Grain bin collapse kills worker in Kansas

HALSTEAD, Kan. (AP) — A grain bin collapsed at a farm cooperative on Wednesday, killing one worker and injuring two others, authorities said.

Harvey County Sheriff Ann Beltran identified the dead worker as Luis Ortega, 29, of Newton. The injured were taken to a hospital in Wichita.

The cooperative's manager, Paul Engstrom, said the bin held about 40,000 bushels of wheat.
`

func TestIdentifiedObjectNamesTheDead(t *testing.T) {
	checkOpenings(t, engineOf(t, grainBinCollapse), []openingCase{
		// the "as" complement names the object "the dead worker"
		{"who died", "Luis Ortega", nil, []string{"Beltran."}},
		{"who died in the collapse", "Luis Ortega", nil, nil},
	})
}
