package lookup

// singularMeasureUnits are the units of length, area, volume and weight
// of measureUnits in the singular (NIST Special Publication 811 and the
// U.S. customary units of NIST Handbook 44), which "a" counts one of.
var singularMeasureUnits = set("foot", "inch", "yard", "mile", "meter", "metre", "kilometer",
	"centimeter", "acre", "hectare", "gallon", "liter", "litre", "pound", "ton", "ounce", "kilogram")

// indefiniteMeasure reports whether token i is "a" or "an" counting one
// unit of measure after an approximator or a preposition of extent:
// "under about a foot of water", "within a mile of the wreck". The
// indefinite article is the numeral one unstressed (Quirk et al., §5.11),
// as in indefiniteSpan's "for at least a month"; the cue before it makes
// the phrase a measure, not a thing ("injured a foot").
func indefiniteMeasure(toks []token, i int) bool {
	l := toks[i].lower
	return (l == "a" || l == "an") && i > 0 && i+1 < len(toks) && spanCues[toks[i-1].lower] && singularMeasureUnits[toks[i+1].lower]
}
