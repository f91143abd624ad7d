package lookup

// A scene is set before it holds (part of stage 3, candidates): a place
// or body a question names after a preposition ("born at St. Agnes", "at
// the hearing") sets the scene, and a sentence need not name it again to
// answer (contextEntities). But a text sets its scene by naming it: what
// it tells before it first names a place or body, it tells of the scene
// set so far (the dateline's, the lead's), not of one it has yet to
// introduce, as a reader meets the setting only where it is named
// (Halliday and Hasan, "Cohesion in English", 1976, ch. 2: reference
// within a text points back to what the text has introduced). So "how many
// babies were born at St. Agnes" is not answered by the story's own
// hospital's births, told before St. Agnes comes up.

// sceneSet reports whether entity x has been named by sentence i: in it
// or in a sentence before it.
func (e *Engine) sceneSet(x, i int) bool {
	for j := 0; j <= i && j < len(e.r.sents); j++ {
		if contains(e.r.sents[j].named, x) {
			return true
		}
	}
	return false
}
