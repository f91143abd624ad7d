package lookup

import "slices"

// A body the article names by its generic noun (part of stage 4). "Which
// department is getting cut" asks for an organisation, and a city's
// departments and offices are written in lower case by their function
// when their formal name is not used: "the parks department", "the
// planning office" (AP Stylebook, "department" and "capitalization":
// lowercase a generic or informal name of a governmental body). Such a
// definite noun phrase identifies the body as a proper name would (Quirk
// et al., §5.30, a definite description with a premodifier), so when no
// named organisation answers, the best sentence's definite description
// built on the question's noun does.

// genericBody answers a which-question for an organisation noun with the
// definite description of the best candidate that holds the rest of
// the question and the noun ("the parks department"); false when that
// sentence writes the noun otherwise or none holds both.
func (e *Engine) genericBody(q, sub *query, cands []candidate, noun string) (reply, bool) {
	for _, c := range cands {
		s := &e.r.sents[c.s]
		if !e.holds(sub, c) || !slices.ContainsFunc(s.toks, func(t token) bool { return e.sameNoun(t, noun) }) {
			continue // "cut spending": no department
		}
		if p := e.definiteDescription(s, noun, q); p != "" {
			return reply{found: true, head: capitalise(p) + ".", used: []*sentence{s}}, true
		}
		return reply{}, false
	}
	return reply{}, false
}
