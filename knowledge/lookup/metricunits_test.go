package lookup

import "testing"

// TestMetricUnits: the metric units of NIST SP 811 below the meter and the
// gram measure a length or a weight, so "how big is the beetle" is its
// millimeters, not the meters of the elevation it was found at, and "how
// heavy" its grams.
func TestMetricUnits(t *testing.T) {
	e := engineOf(t, `Museum names new beetle species

LIMA, Peru (AP) — Entomologists have described a new species of dung beetle from the Andes, the Natural History Museum of Lima said Thursday.

The beetle measures about 9 millimeters long, weighs less than 2 grams and was collected at an elevation of about 3,100 meters.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how big is the beetle", first: "About 9 millimeters"},
		{q: "how heavy is the beetle", first: "Less than 2 grams"},
	})
}
