package lookup

// A bare number after "by" and a verb of change is the size of the change
// (part of stage 4, the measure of a difference). "By" after a verb of
// calibratable change introduces the measure of the change (Quirk et al.
// 1985, §9.61, "by" of degree: "prices rose by 20"), and news writing
// leaves out the noun of the count when the subject has named it already
// ("the number of cats rose by 85 to 410"; ellipsis of the noun phrase
// head, §12.41): the 85 is the change, the 410 after "to" the level it
// reached (Levin 1993, §45.6: calibratable verbs take a "by" phrase of
// extent and a "to" phrase of the end point). A bare count after "by"
// with no verb of change before it ("was hit by 3", "survived by two")
// stays no measure.

// bareChangeBy reports whether n, a count with no noun of its own, stands
// after "by" right after a verb of change (calibratableVerbs).
func (e *Engine) bareChangeBy(s *sentence, n quantity) bool {
	if n.kind != qCount || n.unit != "" {
		return false
	}
	for _, i := range byVerb(s, n) {
		if _, ok := e.changeDirection(s.toks[i].lower); ok {
			return true
		}
	}
	return false
}
