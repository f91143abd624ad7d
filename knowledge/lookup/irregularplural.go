package lookup

// Irregular plurals counted (part of stage 4, counts): a count's noun is
// read to its WordNet lemma ("five men": man), while the question's
// counted word keeps its Snowball stem, which leaves a plural by vowel
// change as written ("how many men": men). English forms a few plurals
// so, not by a suffix (Quirk et al., A Comprehensive Grammar, §5.83:
// man/men, woman/women, foot/feet, tooth/teeth, goose/geese,
// mouse/mice), and a suffix-stripping stemmer cannot undo them, so the
// two meet by the noun as the article writes it.
//
// The same plurals are looked up in WordNet by their singular
// (countedSingular): "men" has an index entry of its own, the group
// sense "the force of men", which is no kind of person, and "children"
// none, so "three men" would count no people and "30 children" no kids
// unless read as man and child, as WordNet's morphy does by its
// exception list before any rule of detachment (morphy(7WN)).

// sameWritten reports whether the noun count n counts, as written, has
// the question's stem f.
func sameWritten(n quantity, f string) bool {
	return n.noun != "" && stemOf(n.noun) == f
}

// mutatedPlural reports whether w is one of the irregular plurals
// (irregularPlurals: "feet", "men", "children"), which end in no -s.
func mutatedPlural(w string) bool {
	for _, p := range irregularPlurals {
		if w == p {
			return true
		}
	}
	return false
}

// countedSingular is the singular a count's plural noun is looked up by
// in the lexicon: the irregular plurals' own singular ("men": man,
// "children": child), else the suffix rule's (singular).
func countedSingular(w string) string {
	for sg, p := range irregularPlurals {
		if w == p && sg != "person" {
			return sg // "people" keeps its own entry: the lexicon reads it as persons
		}
	}
	return singular(w)
}

// countsHead reports whether count n counts the head f the question
// asks, by lemma or, for an irregular plural, as written ("snow geese").
func countsHead(n quantity, f string) bool { return stemsMeet(n.unit, f) || sameWritten(n, f) }
