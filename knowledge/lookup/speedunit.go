package lookup

import "strings"

// A speed written out (part of stage 1, reading): "moving as fast as 4
// miles per hour" measures a speed, not a distance of 4 miles. A unit of
// length per unit of time is a unit of speed (NIST Special Publication
// 811, §8.1 and Table 6: the derived unit of speed, length divided by
// time), and AP style writes miles and kilometers an hour in full or as
// "mph" and "kph" (AP Stylebook, "mph", "kph"), so the count takes the
// abbreviation as its unit and reaches over the rate's words.

// speedAbbrevs are the AP abbreviations of the units of length per hour
// (AP Stylebook, "mph": miles per hour; "kph": kilometers per hour), by
// the stem of their unit of length.
var speedAbbrevs = map[string]string{"mile": "mph", "kilomet": "kph", "kilometr": "kph", "km": "kph"}

// rateWords introduce the unit of time of a rate: "per hour", "an hour"
// (Quirk et al., §5.50: the indefinite article in its distributive use,
// "60 miles an hour").
var rateWords = set("per", "an", "a")

// readSpeeds makes each count of miles or kilometers followed by "per
// hour" or "an hour" a speed in mph or kph.
func readSpeeds(s string, toks []token, qs []quantity) {
	for i := range qs {
		n := &qs[i]
		abbrev := speedAbbrevs[n.unit]
		if n.kind != qCount || abbrev == "" || n.end+1 >= len(toks) || !rateWords[toks[n.end].lower] {
			continue
		}
		if h := toks[n.end+1].lower; h != "hour" && h != "hr" {
			continue
		}
		n.unit, n.noun, n.end = abbrev, abbrev, n.end+2
		n.text = strings.TrimRight(s[toks[n.tok].start:toks[n.end-1].end], ",;:")
	}
}
