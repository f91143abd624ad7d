package lookup

// A body asked for by the head of its name (part of stage 4): news
// writing names an organisation in full once and a reader then calls it
// by the last words of that name, its head with any nouns before it ("the
// ferry service" for the Maine State Ferry Service; AP Stylebook,
// "capitalization": a shortened generic second reference to an
// organisation is lower case). The head noun, last in a noun phrase, says
// what the phrase names (Quirk et al. 1985, §17.104: premodification by
// nouns), so a person whose title holds the same words as a premodifier
// ("ferry service director Paula Ingersoll") is a director, not the body
// the question asks for.

// bodyByNameHead is the speaking organisation (quoted or reported) whose
// name ends in the question's speaker phrase, word for word, with at
// least one name word before it; -1 when none does or several do.
func (e *Engine) bodyByNameHead(q *query) int {
	return e.onlySpeakingBody(q, func(x int, np []term) bool {
		return nameEndsIn(tokenize(e.a.Entities[x].Name), np)
	})
}

// nameEndsIn reports whether the name's last words are np's, in order,
// with at least one name word before them: a proper short form, never the
// whole name (which the question would name itself).
func nameEndsIn(name []token, np []term) bool {
	k := len(name) - len(np)
	if k < 1 {
		return false
	}
	for i, t := range np {
		if name[k+i].lower != t.lower {
			return false
		}
	}
	return true
}
