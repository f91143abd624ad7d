package lookup

import (
	"strings"
)

// The verbs of bringing and taking (part of stage 4, where): "take" and
// "bring" convey their object to the goal of their "to" phrase, as the
// send and carry verbs do (Levin, English Verb Classes and Alternations,
// 1993, §11.3, "bring and take"), and news writing tells where the hurt
// and the arrested went with them ("was taken by ambulance to St. Mary's
// Hospital"). "Where did they take her" asks that goal, not where the
// event happened. "Take" also heads light-verb and phrasal idioms with no
// movement ("take place", "take off", "take part"; Quirk et al. 1985,
// §16.2 and §2.57 on the eroded meaning of "take" in such phrases), so a
// question whose "take" is followed by one of their words asks no goal.

// conveyList holds the forms of the bring and take verbs (Levin 1993,
// §11.3).
var conveyList = []string{
	"take", "takes", "took", "taken", "taking", "bring", "brings", "brought", "bringing",
}

// conveyVerbs matches one of conveyList.
var conveyVerbs = `(?:` + strings.Join(conveyList, "|") + `)`

// conveyQuestion finds a bring or take verb in a question and the word
// after it.
var conveyQuestion = lazyRE(`\b` + conveyVerbs + `\b(?:\s+(\w+))?`)

// takeIdiom holds the words that make "take" or "bring" an idiom of no
// movement when they follow it: the light-verb objects and particles of
// "take place", "take off", "take part", "take effect", "take over",
// "take up", "take care", "take charge", "take action", "take office",
// "take power", "take hold", "bring up", "bring about", "bring in",
// "bring charges" (Quirk et al. 1985, §16.2–16.5; Cowie and Mackin,
// Oxford Dictionary of Phrasal Verbs).
var takeIdiom = set("place", "off", "part", "effect", "over", "up", "care", "charge",
	"action", "office", "power", "hold", "about", "in", "charges", "out", "apart", "down")

// asksConveyGoal reports whether question raw (lower case) asks the goal
// of a bring or take verb: one not followed by an idiom's word.
func asksConveyGoal(raw string) bool {
	for _, m := range conveyQuestion.FindAllStringSubmatch(raw, -1) {
		if !takeIdiom[m[1]] {
			return true
		}
	}
	return false
}

// conveyPhrase is goalPhrase with the bring and take verbs besides the
// verbs of motion, sending and carrying: "was taken by ambulance to
// Aspirus Wausau Hospital".
var conveyPhrase = lazyRE(`\b(?:` + motionVerbs + `|` + conveyVerbs + `|flights?)\s+` + movedObject + `(?:from\s+` + placeWords + stateTail + `,?\s+)?(?:for|to|toward|towards|into|onto)\s+(` + commonBefore + placeWords + `)`)

// goalPattern is the pattern of the goal question raw (lower case) asks:
// conveyPhrase for the goal of a bring or take verb, goalPhrase for the
// way a thing itself was going ("where was it headed" is not answered by
// where someone else was taken).
func goalPattern(raw string) *lazyRegexp {
	if asksConveyGoal(raw) && !goalQuestion.MatchString(raw) {
		return conveyPhrase
	}
	return goalPhrase
}
