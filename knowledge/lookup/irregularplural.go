package lookup

// Irregular plurals counted (part of stage 4, counts): a count's noun is
// read to its WordNet lemma ("five men": man), while the question's
// counted word keeps its Snowball stem, which leaves a plural by vowel
// change as written ("how many men": men). English forms a few plurals
// so, not by a suffix (Quirk et al., A Comprehensive Grammar, §5.83:
// man/men, woman/women, foot/feet, tooth/teeth, goose/geese,
// mouse/mice), and a suffix-stripping stemmer cannot undo them, so the
// two meet by the noun as the article writes it.

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
