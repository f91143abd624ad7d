package lookup

import (
	"strings"
)

// A measured bearing (part of stage 4): English places a thing by a
// compass point with "of" and a named place, and news writing puts the
// distance before the bearing as a measure phrase premodifying the whole
// prepositional phrase ("about 9 miles northwest of El Reno", "3 miles
// south of the marina"; Quirk et al. 1985, §7.85 on measure phrases
// modifying adverbials, §9.10 on complex prepositions of position). The
// measure is part of the place: "northwest of El Reno" without it puts
// the thing anywhere on a line, so a where-question is answered with the
// whole phrase.

// bearingStart matches a place phrase that opens with a compass point
// and "of".
var bearingStart = lazyRE(`^(?:` + compassAlt + `)\s+of\b`)

// measureBeforeBearing is a measure phrase of length ending the text
// before a bearing, with its approximator ("about 9 miles ", "a
// half-mile "); the units are those of bearingAppositive.
var measureBeforeBearing = lazyRE(`(?:\b(?:about|some|nearly|roughly|almost|approximately|more than|less than|just over|just under)\s+)?(?:\b\d[\d,.]*|\ba|\bone|\btwo|\bthree|\bfour|\bfive|\bsix|\bseven|\beight|\bnine|\bten)[\s-]+(?:miles?|kilometers?|kilometres?|km|feet|foot|yards?|meters?|metres?)\s+$|\b(?:about\s+)?a\s+half[\s-]mile\s+$`)

// measuredBearingStart is where the place phrase of text starting at
// byte start begins once a measure phrase before its bearing is taken
// in: start itself when the phrase opens with no compass point or no
// measure stands before it.
func measuredBearingStart(text string, start int) int {
	if !bearingStart.MatchString(strings.ToLower(text[start:])) {
		return start
	}
	if m := measureBeforeBearing.FindStringIndex(text[:start]); m != nil {
		return m[0]
	}
	return start
}
