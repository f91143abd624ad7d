package lookup

import (
	"strings"
	"unicode"
)

// Stage 3, candidates: an act told in the clause of a measured "after"
// that dates the sentence's own event by it ("It comes two months after
// a Colorado company recalled 120,000 pounds of beef", "The vote came
// just weeks after the council approved …"). A span of time before
// "after" or "before" measures the distance between two occasions
// (Quirk et al., A Comprehensive Grammar of the English Language, §8.58
// and §15.25: "two months after" premodified by a measure phrase), and
// a news story sets its event beside such an earlier one in a paragraph
// of background (AP Stylebook, on background in news stories): the
// subordinate clause's figures are the other occasion's, not the
// story's. So, like earlierOccasion's, such a sentence answers a
// question that names no earlier time only when no other does. Without
// a span ("The recall came after 14 people fell ill") the clause tells
// the story's own cause, and stays the story's.

// comeForms are the forms of "come", the verb that places an event in
// time relative to another ("comes after", "came a day after").
var comeForms = set("come", "comes", "came", "coming")

// spanWords are the words a measured span may hold besides a number and
// a unit of time: the approximators and comparatives before a quantity
// (spanCues, Quirk et al. §5.25), "less" and "more" of "less than", and
// the indefinite quantifiers that count units ("several weeks", "a few
// days": Quirk et al. §5.23–5.25).
var spanWords = set("less", "more", "than", "several", "few", "a", "an", "some", "barely", "mere")

// measuredAfterReach is how many words a span may take between "come"
// and "after": "just less than a year".
const measuredAfterReach = 5

// measuredAfterAct reports whether a matched word of s stands in the
// clause after "come … after" with a span of time between them.
func measuredAfterAct(s *sentence, matched []int) bool {
	for k, t := range s.toks {
		if !comeForms[t.lower] {
			continue
		}
		a := spanThenAfter(s, k+1)
		if a < 0 {
			continue
		}
		for _, m := range matched {
			if m > a {
				return true
			}
		}
	}
	return false
}

// spanThenAfter is the index of "after" when the words from i are a span
// of time and then "after" ("two months after", "weeks after", "less
// than a year after"), or -1.
func spanThenAfter(s *sentence, i int) int {
	unit := false
	for j := i; j < len(s.toks) && j < i+measuredAfterReach+1; j++ {
		if j > i && punctuatedBetween(s.text, s.toks, j) {
			return -1
		}
		l := s.toks[j].lower
		switch {
		case l == "after":
			if unit {
				return j
			}
			return -1
		case singularTimeUnits[strings.TrimSuffix(l, "s")]:
			unit = true
		case spanCues[l] || spanWords[l] || wordNumberLike(l) || l != "" && unicode.IsDigit(rune(l[0])):
		default:
			return -1
		}
	}
	return -1
}
