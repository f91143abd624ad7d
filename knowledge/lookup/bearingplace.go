package lookup

// A measured bearing from a common noun is a place (part of stage 4):
// "3 miles east of the main shock", "200 feet north of the dam" place a
// thing whatever the noun after "of" names, an event or an object as
// well as a place, because the measure phrase and the compass point
// together make the phrase an adverbial of relative position (Quirk et
// al. 1985, §9.10 on complex prepositions of position, §7.85 on the
// measure phrase that premodifies it). Without the measure ("east of the
// shock") the phrase only faces a way, and common nouns are left to
// commonplace.go's place nouns.

// bearingFromCommon is a compass point, "of" and a determiner: where a
// bearing from a common noun phrase begins (submatch 1 is the
// determiner).
var bearingFromCommon = lazyRE(`\b(?:` + compassAlt + `)\s+of\s+((?:the|a|an|its|their|his|her)\s+)`)

// bearingPlaces returns the spans of text (as placeSpans gives them) of
// each measured bearing from a determined common noun phrase of up to
// three words, the measure phrase included ("3 miles east of the main
// shock").
func (e *Engine) bearingPlaces(text string) [][]int {
	var out [][]int
	for _, m := range bearingFromCommon.FindAllStringSubmatchIndex(text, -1) {
		start := measuredBearingStart(text, m[0])
		if start == m[0] {
			continue // no distance: the phrase faces a way, it places nothing
		}
		end := e.nounEnd(text, m[3])
		if end < 0 {
			continue
		}
		out = append(out, []int{start, end, m[2], end})
	}
	return out
}
