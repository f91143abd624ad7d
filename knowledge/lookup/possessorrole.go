package lookup

// possessorWord reports whether t, a word of what the article calls a
// person, is a genitive that determines the role's head rather than
// naming the person: in "the store's owner" the person is an owner, and
// the store is whose. A genitive before a noun is a determiner specifying
// another referent, the possessor (Quirk et al. 1985, §5.115-5.119, the
// genitive as central determiner), so it never says what kind of thing
// the person is: "which store" asks for no store's owner.
func possessorWord(t token) bool { return t.poss }
