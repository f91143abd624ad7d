package lookup

// A question word the partitive's sentence does not hold (part of stage
// 4, quantities). A fronted partitive gives its whole's postmodifier to
// the part as given information ("Of the 312 people who submitted
// comments, 187 opposed the increase": Quirk et al., §5.9 on the
// of-partitive, §17.94 on the restrictive modifier as given), so a
// question that says of what it counts only those words asks the whole
// (onlyRestricts). A question word found nowhere in the sentence, such as
// an adjunct naming the scene from an earlier sentence ("how many
// commented at the hearing"), is said of neither set there: it was
// matched in another sentence, or not at all, and leaves the question
// asking the whole.

// sceneOnly reports whether s holds no word of t.
func sceneOnly(s *sentence, t term) bool {
	return len(termAt(s, t)) == 0
}
