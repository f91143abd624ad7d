package lookup

import "storybot/knowledge"

// Contrastive focus in comparisons (part of stage 2): the sides of "repair
// cost vs replacement cost" share "cost", which each side repeats as given
// information, and differ in "repair" and "replacement", the contrast the
// asker draws (Quirk et al., §18.7 on contrastive focus; Halliday,
// "Notes on transitivity and theme", 1967, on given and new). A sentence
// that holds only the shared word answers either side or neither, so each
// side is ranked chiefly by the words that set it apart: a word every
// other side also asks weighs a quarter of its rarity. This holds when
// the sides are noun phrases with one head ("repair cost", "replacement
// cost"), whose modifiers name what is compared; sides that differ in a
// prepositional phrase ("homes with the plan" against "homes without
// it") name a condition the answer's sentence need not repeat, and the
// head they count stays the weightiest word.

// givenWeight is the share of its weight a word keeps when every other
// side of the comparison asks it too.
const givenWeight = 0.25

// contrastSides lowers, in each side's query, the weight of the terms all
// the other sides share, when the side keeps a known term of its own
// (otherwise the sides differ only in what is not a term, such as a time,
// and every word stays as weighty as it was). thisStory sides and sides
// without terms take no part.
func contrastSides(qs []*query) {
	var sides []*query
	for _, q := range qs {
		if q != nil && len(q.terms) > 0 {
			sides = append(sides, q)
		}
	}
	if len(sides) < 2 || !sameHead(sides) {
		return
	}
	for k, q := range sides {
		shared := make([]bool, len(q.terms))
		own := false
		for i, t := range q.terms {
			shared[i] = true
			for j, o := range sides {
				if j != k && !asksStem(o, t.stem) {
					shared[i] = false
				}
			}
			own = own || !shared[i] && t.known
		}
		if !own {
			continue
		}
		for i := range q.terms {
			if shared[i] {
				q.terms[i].weight *= givenWeight
			}
		}
	}
}

// asksStem reports whether q has a term of the stem st.
func asksStem(q *query, st string) bool {
	for _, t := range q.terms {
		if t.stem == st {
			return true
		}
	}
	return false
}

// comparedQueries reads each part of a multi-part question; the sides of
// a comparison are then weighed by what sets each apart (contrastSides).
// A thisStory side has no query.
func (e *Engine) comparedQueries(parts []string, compared bool, history []knowledge.Turn) []*query {
	qs := make([]*query, len(parts))
	for k, p := range parts {
		if p != thisStory {
			qs[k] = e.understand(p, history)
		}
	}
	if compared {
		contrastSides(qs)
	}
	return qs
}

// sameHead reports whether every side ends in the same word, the head of
// the noun phrase each side is ("repair cost", "replacement cost").
func sameHead(qs []*query) bool {
	head := ""
	for _, q := range qs {
		if len(q.toks) == 0 {
			return false
		}
		last := q.toks[len(q.toks)-1].stem
		if head != "" && last != head {
			return false
		}
		head = last
	}
	return true
}
