package lookup

// A name in close apposition answers a name question (part of stage 4):
// "The research ship Falkor returned", "the rescue dog Juno". A proper
// noun right after a definite noun phrase, with no comma between, names
// the very thing the noun describes (Quirk et al. 1985, §17.87–17.89,
// close apposition: "the novelist Henry James"; AP style introduces a
// vessel, an animal or a body by its kind before its name). So "what's
// the ship called" and "what's the name of the ship" are answered by the
// name after "the research ship", as appositiveName answers them after a
// comma, whether or not the reading knows the name as an entity.

// closeNamed is the one name the article sets in close apposition after
// a definite description of head with every modifier of mods ("the
// research ship" for "ship"), with its sentence; "" when none does, or
// when two different names do (the question does not say which).
func (e *Engine) closeNamed(head string, mods []string) (string, *sentence) {
	return e.oneNamed(head, func(s *sentence, k int) string { return closeNameAt(s, k, mods) })
}

// closeNameAt is the name in close apposition after token k of s when k
// heads a definite description holding every modifier of mods, or "":
// close apposition follows a definite description.
func closeNameAt(s *sentence, k int, mods []string) string {
	if j := descriptionStart(s, k, mods); j < 0 || s.toks[j].lower != "the" {
		return ""
	}
	return closeApposedName(s, k)
}

// oneNamed is the one name that name finds after a mention of head (not
// capitalised, not quoted) in the article's sentences, with its
// sentence; "" when none does, or when two different names do (the
// question does not say which).
func (e *Engine) oneNamed(head string, name func(s *sentence, k int) string) (string, *sentence) {
	found, at := "", (*sentence)(nil)
	stem := stemOf(singular(head))
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			if t.cap || s.quoted[k] || !t.meets(stem) {
				continue
			}
			n := name(s, k)
			if n == "" {
				continue
			}
			if found != "" && found != n {
				return "", nil
			}
			if found == "" {
				found, at = n, s
			}
		}
	}
	return found, at
}

// closeNamedIn is the name s sets in close apposition after a definite
// description headed by head ("in the journal ZooKeys" for "what
// journal"), or "".
func (e *Engine) closeNamedIn(s *sentence, head string) string {
	stem := stemOf(singular(head))
	for k, t := range s.toks {
		if t.cap || s.quoted[k] || !t.meets(stem) {
			continue
		}
		if n := closeNameAt(s, k, nil); n != "" {
			return n
		}
	}
	return ""
}
