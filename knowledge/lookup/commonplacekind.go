package lookup

// Common-noun places of land and water (part of stage 4): a thing is
// found, collects or flows at a place of the earth's surface or along a
// way as well as in a building ("collected in a small cove", "flowed
// through a storm drain", "in a drainage ditch"). WordNet files such
// nouns not under a building, a facility or a location but under a body
// of water (cove, bay, creek), a geological formation (ravine, ledge,
// bank), land (field, shore) or a way (drain, road, tunnel, alley): the
// kinds onplace.go's surfaceKinds already reads after "on". A noun also
// filed under a social group ("the board", "the bench") is left out, as
// surfaceHead leaves it out.

// commonPlaceHead reports whether w, a lower-case noun, heads a
// common-noun place: a placeNoun, or a noun of one of surfaceKinds that
// is no kind of group.
func (e *Engine) commonPlaceHead(w string) bool {
	return e.placeNoun(w) || !e.lex.KindOf(w, "social_group") && e.surfaceNoun(w)
}
