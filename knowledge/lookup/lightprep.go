package lookup

// Light verbs with a preposition (part of stage 2): a light verb such as
// "go", "take" or "get" carries little meaning of its own, and with a
// preposition and its object it is one prepositional verb whose meaning
// is the pair's (Quirk et al., §16.5, the prepositional verb; §3.45 and
// §16.56 on light verbs such as "go", "take", "have"): "how many people
// went to the festival" asks who attended it, and WordNet 3.0 files "go
// to" under "attend". That the article writes the light verb somewhere
// ("needed to go to the hospital") says nothing of which sense the
// reader means, as the article's own "ask" would of "ask for"; so the
// pair is read as one verb even then. A preposition that closes the
// question is left alone: its object is the wh-word ("which hospital were
// they taken to"), a place, not the object of an idiom ("take to": like).

// lightWithObject reports whether question token i is a light verb whose
// preposition at i+1 has its object after it in the question.
func lightWithObject(toks []token, i int) bool {
	return lightVerbs[toks[i].lower] && i+2 < len(toks)
}
