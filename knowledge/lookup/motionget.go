package lookup

// "How did he get in the building?" asks the means of a motion: "get"
// with a directional preposition is a verb of motion, not the light or
// passive "get" (Quirk et al., §16.47: "get" with an adverbial of
// direction, "get into the car"; §9.15–9.17, the prepositions of
// direction). The question's only content word is often the goal ("the
// building"), which many sentences name; the one that tells the motion
// holds "get" with a directional preposition too ("got into the building
// with his own key").

// directionParticles follow "get" as a verb of motion.
var directionParticles = set("in", "into", "inside", "out", "through", "past", "onto", "over", "away", "off")

// asksGetMotion reports whether the question holds a form of "get"
// followed by a directional preposition.
func asksGetMotion(q *query) bool {
	return holdsGetMotion(q.toks)
}

// holdsGetMotion reports whether toks hold a form of "get" followed by a
// directional preposition.
func holdsGetMotion(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if _, ok := getMotionAt(toks, i); ok {
			return true // "got into", "got him out" (causedmotion.go)
		}
	}
	return false
}
