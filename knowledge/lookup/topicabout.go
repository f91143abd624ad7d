package lookup

// "What is the lawsuit about" asks what a thing the story tells of is
// about: its subject matter, which news writing gives where it first
// refers to the thing (AP Stylebook, "first reference": the full
// identification comes first; the inverted pyramid puts it in the lead:
// "has filed a federal lawsuit accusing the sheriff's office of ignoring
// his pleas"). Later sentences refer back to it by the definite noun
// ("Udall declined to comment on the lawsuit", Quirk et al. 1985, §5.26
// on anaphoric "the") and tell other things. So of the sentences that
// hold the question equally well, the earliest in the story answers.

// aboutThing matches "what is the N about" and its chat forms; the
// story or article itself is asked by the summary question instead.
var aboutThing = lazyRE(`(?i)^\W*(?:(?:so|ok|and|hey)\W+)*what(?:'s|s| is| was| are| were)\s+(?:the|this|that|these|those)\s+(?:[a-z'.-]+\s+){0,3}about\W*$`)

// topicIntroduction is, for "what is the N about", the earliest body
// sentence among those holding the question as well as the best one.
func (e *Engine) topicIntroduction(q *query) (candidate, bool) {
	if !aboutThing.MatchString(q.raw) || askedStory.MatchString(q.raw) {
		return candidate{}, false
	}
	var best candidate
	found := false
	for _, c := range e.rank(q, func(s *sentence) bool { return s.part == "" }) {
		if !e.holds(q, c) {
			continue
		}
		switch {
		case !found:
			best, found = c, true
		case c.coverage >= best.coverage && c.subjects >= best.subjects && c.s < best.s:
			best = c
		}
	}
	return best, found
}

// askedStory matches a question about the story or article itself.
var askedStory = lazyRE(`(?i)\b(?:story|article|piece)\b`)
