package lookup

import "strings"

// spelledMeasure reads a compound modifier of a number word and a unit of
// measure ("four-hour meeting", "three-week trial", "two-mile stretch"):
// AP style spells out numbers below 10 in such compounds, as in any
// other use that is not an age, a dimension or a figure of money (AP
// Stylebook, "numerals"; "hyphen": compound modifiers), so the number is
// a word and the unit is in the word itself, as in "45-minute". A unit of
// measureUnits counts, and so does any other noun the compound counts
// ("a three-judge panel", compoundCounted); "one-sided" and "two-thirds"
// count nothing.
func spelledMeasure(t token) (quantity, bool) {
	a, u, ok := strings.Cut(t.lower, "-")
	if !ok || measureUnits[u] == "" && !countedNoun(t) {
		return quantity{}, false
	}
	v, kind, ok := wordNumber(a)
	if !ok || kind != qCount || v <= 0 {
		return quantity{}, false
	}
	return quantity{kind: qCount, value: v, unit: stemOf(u), text: t.text}, true
}

// compoundModifier reports whether n is a hyphenated compound of a
// number and its unit ("four-hour", "45-minute"): it premodifies a noun
// and is no plural noun phrase a later "of them" could refer to (Quirk
// et al., §6.18 on anaphoric pronouns; §17.104 on compound modifiers).
func compoundModifier(n quantity) bool {
	return n.end == n.tok+1 && n.unit != "" && strings.Contains(n.text, "-")
}
