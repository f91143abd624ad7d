package lookup

import "strings"

// A fraction compounded with a unit. "A quarter-mile wide", "a half-hour
// delay": a hyphenated compound of a fraction and a singular unit of
// measure or time measures that fraction of the unit (AP Stylebook,
// "fractions" and "hyphen": compound modifiers), as "half a mile" does
// (halfmeasure.go). Only the fractions a unit is commonly split into are
// read: half and quarter.

// unitFractions are the fractions compounded with a unit, by value.
var unitFractions = map[string]float64{"half": 0.5, "quarter": 0.25}

// fractionUnit reads token t as a fraction-unit compound: its value and
// its unit, ok false when it is none.
func fractionUnit(t token) (float64, string, bool) {
	f, u, ok := strings.Cut(t.lower, "-")
	if !ok {
		return 0, "", false
	}
	v, ok := unitFractions[f]
	if !ok || !singularMeasureUnits[u] && !singularTimeUnits[u] {
		return 0, "", false
	}
	return v, u, true
}
