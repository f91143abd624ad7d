package lookup

import "slices"

// The asked noun's own count before an owner's share of a kind of it
// (part of stage 4, in quantityOfKind). A question that names no owner
// asks about all the things it counts, so a count no possessive
// determines answers before an owner's share (ownedShare: "412,000 of
// its customers" only when no count is of them all). A count is of them
// all when it counts the question's own noun: "About 3,000 people had
// gathered to watch" answers "how many people came to watch", and "who
// came with his two sons", a possessed count of a kind of person
// (Quirk et al. 1985, §5.115, the genitive as determiner), counts one
// man's family, not the people asked about.

// askedNounBeforeShare reports whether best counts a noun q counts by
// its own word and share counts none of them.
func askedNounBeforeShare(q *query, best, share *numberPick) bool {
	counted := q.counted()
	asked := func(unit string) bool {
		return unit != "" && slices.ContainsFunc(counted, func(f string) bool { return stemsMeet(unit, f) })
	}
	return asked(best.n.unit) && !asked(share.n.unit)
}
