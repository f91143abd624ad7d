package lookup

import "slices"

// An unknown role asked by the copula (part of stage 5). In "who is the
// gm of the transit agency" the copula equates "who" with the noun phrase
// after it (Quirk et al. 1985, §10.8 and §16.21, the subject complement
// identifying the subject), and the phrase's head noun ("gm") says what
// the person asked for is: the rest ("of the transit agency") only
// places the role. A question whose head noun the article never uses
// asks for no one the rest of its words can find, so it is not answered
// without that word (withoutUnknownReply) by whoever the rest fits.

// copularHead is the head noun of the noun phrase a "who is/was …"
// question equates with "who" ("who's the", its clitic read off, leaves
// the phrase right after "who"): the last word before its first
// preposition, or its last word; "" when q has no such shape.
func copularHead(q *query) string {
	toks := q.toks
	i := slices.IndexFunc(toks, func(t token) bool { return t.lower == "who" || t.lower == "whos" })
	if i < 0 || i+1 >= len(toks) {
		return ""
	}
	k := i + 1 // "who's the": the contracted copula is read off with its clitic
	if beForms[toks[k].lower] {
		k++
	}
	start := k
	for k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	if k == start {
		return "" // "who is Lorena Batiste", "who was there", "who led the union": no noun phrase with a determiner
	}
	end := k
	for end < len(toks) && !prepositions[toks[end].lower] && !whWords[toks[end].lower] {
		end++
	}
	if end == k {
		return ""
	}
	return toks[end-1].lower
}

// unknownRoleAsked reports whether the head noun a copular who-question
// asks by is among the words the article never uses.
func unknownRoleAsked(q *query, unused []string) bool {
	if q.typ != tPerson {
		return false
	}
	h := copularHead(q)
	return h != "" && slices.Contains(unused, h)
}
