package lookup

// The pronoun object of a when-question's verb (part of stage 4): in
// "when did the Coast Guard decommission it" the verb asked is
// "decommission", not the pronoun after it. A personal pronoun in the
// objective case ("it", "them", "him") is a noun phrase of its own and
// stands after the verb as its object (Quirk et al., §6.2–6.5 on the
// cases of the personal pronouns; §10.2 on the object after the verb),
// so, like a determiner, it ends the verb askedWhenVerb looks for; a
// possessive "her" already does.

// endsAskedVerb reports whether question word w stands after the verb of
// a when-question and so ends it: a determiner, a possessive, a
// preposition or particle, or an object pronoun.
func endsAskedVerb(t token) bool {
	w := t.lower
	return determiners[w] || possessiveDeterminers[w] || prepositions[w] || spatialParticles[w] || t.poss || objectPronouns[w]
}
