package lookup

// The passive's "it" is the one acted on, not the doer (part of stage 4,
// who-questions). thingSubjectAt reads an act whose subject is "it" as
// done by a thing ("how it started"), so with no one to name. In the
// passive the subject is the active's object, the one the act was done
// to, and the doer is the agent of the by-phrase (Quirk et al. 1985,
// §3.63 and §3.67): "It was published in March by Larkspur Press" says
// who published it, as "The novel was published by Larkspur Press" does.
// News writing refers back to the story's subject (the book, the bill,
// the painting) with "it" as often as by its noun, so the "it" of a
// passive must leave the act's doer to its by-phrase.

// thingDoerAt reports whether the verb at i of s is told with "it" as its
// doer: "it" its subject and the verb in the active voice.
func thingDoerAt(s *sentence, i int) bool {
	return thingSubjectAt(s.toks, i) && !passiveAt(s.toks, i)
}
