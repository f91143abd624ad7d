package lookup

import "storybot/knowledge"

// "The country" and "the state" on second reference (part of reading):
// news writing names a place once and then calls it by the noun of its
// kind ("Last year the United States recorded 285 cases … Measles was
// declared eliminated in the country in 2000"), a definite noun phrase
// referring back to the one place of that kind in the text (Quirk et al.,
// §5.32, anaphoric "the"). When the article names exactly one country, or
// one U.S. state, "the country" or "the state" after its first naming
// refers to it, as "the company" does to the sole company (companyref.go).

// resolvePlaceNouns ties "the country" and "the nation" to the sole
// country named, and "the state" to the sole U.S. state.
func (r *reading) resolvePlaceNouns() {
	kinds := []struct {
		is    func(string) bool
		nouns map[string]bool
	}{
		{knowledge.IsCountry, set("country", "nation")},
		{knowledge.IsUSStateName, set("state")},
	}
	for _, k := range kinds {
		x := r.solePlace(k.is)
		if x < 0 {
			continue
		}
		r.tieAfterNaming(x, func(s *sentence, i int) bool {
			return k.nouns[s.toks[i].lower] && theBefore(s, i) && !ofName(s.toks, i)
		})
	}
}

// solePlace is the one place entity whose name is passes, or -1 when
// none or several.
func (r *reading) solePlace(is func(string) bool) int {
	found := -1
	for x, e := range r.art.Entities {
		if e.Kind != knowledge.Place || !is(e.Name) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = x
	}
	return found
}
