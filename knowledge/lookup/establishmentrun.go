package lookup

// Running an establishment (part of stage 4, leaders): "run", "manage",
// "head" take a business or a place of work as well as an organisation
// for object (WordNet 3.0, "run" v. 2, "direct or control; projects,
// businesses, etc."; "manage" v. 1, "be in charge of, act on, or dispose
// of": "run a factory", "manage a store"), and news writing names the
// person in charge of a plant, mill, store or hotel by that noun before
// a title of leadership: "Delmont's plant manager, Gary Tollefson", "the
// hotel's general manager". So "who runs the plant" asks for the leader
// whose description holds "plant", as "who runs Acme" does for Acme
// (leaders.go), when the noun names a kind of structure, establishment
// or facility in WordNet, and no event: "who ran the race" asks who
// raced, not the race director.

// managedPlaceKinds are the WordNet nouns under which a place of work
// that someone runs is filed: structures (plant, factory, mill, hotel),
// establishments (store, clinic) and facilities (warehouse).
var managedPlaceKinds = []string{"structure", "establishment", "facility"}

// namesManagedPlace reports whether one of terms is a noun for a place of
// work that is run, and no event.
func (e *Engine) namesManagedPlace(terms []term) bool {
	if e.noLex {
		return false
	}
	for _, t := range terms {
		if !e.canBe(t.lower, "noun") || e.lex.KindOf(t.lower, "event") {
			continue
		}
		for _, k := range managedPlaceKinds {
			if e.lex.KindOf(t.lower, k) {
				return true
			}
		}
	}
	return false
}
