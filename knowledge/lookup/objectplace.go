package lookup

// Places as objects (part of stage 4, places): the verbs of inherently
// directed motion and those of the locative preposition drop alternation
// take the place they leave, cross, enter or reach as their direct
// object, with no preposition ("was seen leaving Mill Street", "crossing
// Highway 20", "entered Lake Tamsin"; Levin, English Verb Classes and
// Alternations, 1993, §51.1 and §1.4.1; Quirk et al. 1985, §9.15 on the
// prepositions such verbs absorb: "cross" is "go across"). The object is
// then as much where the act happened as a place after "at" or "near".
// A name there is read as a place only when the article knows it as one
// or its head noun is a place one is on ("Street", "River": onplace.go's
// surfaceKinds), and never a person of the article ("left Johnson").

// objectPlaceRe is such a verb (submatch 1 the whole phrase from the
// verb) and the name after it (submatch 2).
var objectPlaceRe = lazyRE(`\b(?:leav(?:e|es|ing)|left|cross(?:es|ed|ing)?|enter(?:s|ed|ing)?|exit(?:s|ed|ing)?|reach(?:es|ed|ing)?|approach(?:es|ed|ing)?)\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*(?:\s+` + designatorNumeral + `)?)`)

// withObjectPlaces adds to spans each place that is the object of such a
// verb, spanning from the verb to the end of the name.
func (e *Engine) withObjectPlaces(text string, spans [][]int) [][]int {
	for _, m := range objectPlaceRe.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[2]:m[3]]
		if !e.offPlaceName(text, m[2], m[3]) || !e.knownPlace(name) && !e.surfaceHead(name) {
			continue
		}
		spans = append(spans, []int{m[0], m[3], m[2], m[3]})
	}
	return spans
}
