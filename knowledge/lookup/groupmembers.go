package lookup

import "slices"

// A collective noun of people names a group by its members: WordNet 3.0
// files "crowd", "crew" and "audience" under social group ("people
// sharing some social relation"), and Quirk et al. (1985, §5.108) class
// such nouns as collectives of persons. The figure of "a sellout crowd of
// 18,204" is therefore a count of people, and "how many people were
// there" or "how many people watched" is answered by it as "how big was
// the crowd" is (sizeOfGroup).

// membersCounted reports whether q counts people ("how many people", "how
// many persons", "how many folks") and n of s is the size of a group of
// them (groupSize): the group's members are the people asked about.
func (e *Engine) membersCounted(q *query, s *sentence, n quantity) bool {
	return slices.ContainsFunc(q.focus, func(f string) bool { return f == "peopl" || f == "person" }) && e.groupSize(s, n)
}

// groupUnit is unitOf for a group and its people, unit as found so far:
// "how big was the crowd" is answered by 2,000 people or a crowd of
// 2,000 (sizeOfGroup), "how many people watched" by a crowd of 6,350
// (membersCounted). A collective noun of animals (WordNet 3.0's "animal
// group": flock, herd, pack, school) counts its members the same way,
// and the animals it groups are the ones its sentence names before it,
// as its subject ("Evening grosbeaks … returned with a flock of 23").
func (e *Engine) groupUnit(q *query, s *sentence, n quantity, unit int) int {
	if q.size() && e.sizeOfGroup(q) && (e.countsPeople(n) || e.groupSize(s, n)) {
		return 1
	}
	if unit == 0 && e.membersCounted(q, s, n) {
		return 1
	}
	if unit == 0 && e.sizedGroup(s, n, "animal_group") && e.focusBefore(q, s, n.tok) {
		return 1 // "Evening grosbeaks … returned with a flock of 23": 23 grosbeaks
	}
	return unit
}
