package lookup

// Caused motion with "get" (part of stage 4, a manner as an answer): "how
// did they get him out" asks the means of moving someone, as "how did he
// get out" asks the means of one's own motion. "Get" with an object and a
// directional particle is the causative of the motion verb (Quirk et al.
// 1985, §16.47, "get the car out"), and a personal pronoun object stands
// before the particle, never after it (§16.4: "got him out", not "got out
// him"). So "got him out" is a motion of "get" as "got out" is
// (motionget.go), and the question whose only words are the pronouns,
// "get" and the particle asks how the article's one such motion was done:
// the sentence that writes "get", a pronoun and the same particle with a
// manner adjunct answers it ("Rescuers got him out by fastening a
// harness").

// getMotionAt reports whether toks hold at i a form of "get" followed by a
// directional particle, directly or after an object pronoun; it returns
// the particle.
func getMotionAt(toks []token, i int) (string, bool) {
	if !getForms[toks[i].lower] {
		return "", false
	}
	j := i + 1
	if j+1 < len(toks) && objectPronouns[toks[j].lower] {
		j++ // "got him out"
	}
	if j < len(toks) && directionParticles[toks[j].lower] {
		return toks[j].lower, true
	}
	return "", false
}
