package lookup

// The class named as an identifying verb's object (part of stage 4,
// who-questions; with namedset.go): "The coroner identified the dead man
// as Kevin Marsh" tells who died as "The dead were identified as …"
// does. "Identify", "name" and "list" take an object and an object
// complement introduced by "as" (Quirk et al., §16.45, complex-transitive
// complementation with "as": "They identified him as the thief"), and the
// complement names the object: the active clause of the passive
// namedset.go reads. The object may be the adjective head alone ("the
// dead") or with a noun naming a kind of person ("the dead man", "the
// injured worker").

// identifiedObject is the token where the name starts that the "as"
// complement of an identifying verb gives to the adjective head at token
// k of s ("identified the dead man as Kevin Marsh"); false otherwise.
func (e *Engine) identifiedObject(s *sentence, k int) (int, bool) {
	if k < 2 || !identifyingVerbs[s.toks[k-2].lower] {
		return 0, false
	}
	j := k + 1
	if j < len(s.toks) && !s.toks[j].cap && e.personNoun(singular(s.toks[j].lower)) {
		j++ // "the dead man"
	}
	if j+1 >= len(s.toks) || s.toks[j].lower != "as" {
		return 0, false
	}
	if _, n := e.longestPersonAt(s, j+1); n > 0 {
		return j + 1, true
	}
	return 0, false
}
