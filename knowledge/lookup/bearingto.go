package lookup

import "strings"

// A distance told with a bearing after "to" (part of stage 4): English
// places a thing by a measure phrase and a compass point as the goal of
// "to" with a definite or possessive determiner as well as with "of"
// ("some 170 miles to the north", "about 25 miles to its east"): the
// measure phrase premodifies the whole prepositional phrase of direction
// (Quirk et al. 1985, §7.85 on measure phrases modifying adverbials,
// "two miles away"; §9.15 on "to" of direction), and it states how far
// away the thing is as "170 miles north of" would. The compass points
// are the eight of positionAdjectives.

// compassAlt is the eight points of the compass, the cardinal and
// intercardinal points of the 16-point rose, as a regular expression's
// alternation; compassPoints is the same eight as a set.
const compassAlt = `north|south|east|west|northeast|northwest|southeast|southwest`

// compassPoints are the eight points of compassAlt.
var compassPoints = set(strings.Split(compassAlt, "|")...)

// bearingDeterminers may stand between "to" and the compass point.
var bearingDeterminers = set("the", "its", "their", "his", "her")

// bearingAfterTo reports whether the tokens of s from k on are "to", a
// determiner and a compass point ("to the north").
func bearingAfterTo(s *sentence, k int) bool {
	if k+2 >= len(s.toks) || s.toks[k].lower != "to" || !bearingDeterminers[s.toks[k+1].lower] {
		return false
	}
	return compassPoints[s.toks[k+2].lower]
}
