package lookup

import (
	"slices"
	"strings"
)

// WordNet 3.0 defines some nouns as a count of people: attendance is "the
// number of people that are present", head count "number of people in a
// particular group". A news story gives that count as the size of the
// gathering ("A crowd of 18,412 watched"; WordNet's gathering is "a group
// of persons together in one place"), so a reader's "attendance?" asks
// for the number of the crowd, which the article never calls attendance.

// peopleCountGloss matches a definition of a noun as the number of people
// there are, not the number there could be ("seating capacity: the number
// of people that can be seated").
var peopleCountGloss = lazyRE(`^(?:the )?(?:total )?number of (?:people|persons)\b`)

// countsPresentPeople reports whether WordNet defines noun w, in one of
// its senses, as the number of people present.
func (e *Engine) countsPresentPeople(w string) bool {
	for _, g := range e.lex.Glosses(w, "noun") {
		if peopleCountGloss.MatchString(g) && !strings.Contains(g, " can ") {
			return true
		}
	}
	return false
}

// gatheringSizeKnown returns, for a noun the article never uses that
// WordNet defines as the number of people present ("attendance"), the
// stems of the article's gathering nouns a number gives the size of
// ("crowd" in "a crowd of 12,000"); none otherwise. The answer is kept
// (shared: not to be changed).
func (e *Engine) gatheringSizeKnown(w string) []string {
	return e.gathered.get(w, e.findGatheringSize)
}

// findGatheringSize is gatheringSizeKnown without the cache.
func (e *Engine) findGatheringSize(w string) []string {
	if e.noLex || stopWords[w] || !e.countsPresentPeople(w) {
		return nil
	}
	return e.gatheringNouns()
}

// gatheringNouns is the stems of the article's gathering nouns a number
// gives the size of ("crowd" in "a crowd of 12,000"), in the order the
// article first sizes them.
func (e *Engine) gatheringNouns() []string {
	var out []string
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, n := range s.nums {
			if e.sizedGroup(s, n, "gathering") {
				if st := s.toks[e.groupNounAt(s, n, "gathering")].stem; !slices.Contains(out, st) {
					out = append(out, st)
				}
			}
		}
	}
	return out
}
