package lookup

// A figure in another person's relative clause (part of stage 3, ranking
// numbers). A nonrestrictive relative clause after a name tells of that
// name's bearer (Quirk et al. 1985, §17.22): in "He replaced Jim
// Sorensen, who retired after 19 seasons" the 19 seasons are Sorensen's.
// A question whose subject is a personal pronoun the reading does not
// tie to a name ("how many seasons did he coach") asks of the story's
// person, who stands in the main clause, so a figure in a relative
// clause on another named person weighs less.

// othersRelativeWeight is -3 for figure n of s when q's subject is an
// unresolved personal pronoun and n stands in a "who" clause set off
// after a capitalised name, else 0.
func othersRelativeWeight(q *query, s *sentence, n quantity) float64 {
	if len(q.subjects) > 0 {
		return 0
	}
	if _, ok := pronounGender(q.toks); !ok {
		return 0
	}
	for k := n.tok - 1; k >= 1 && k >= n.tok-10; k-- {
		if commaBetween(s, k, k+1) && s.toks[k+1].lower != "who" {
			return 0 // the clause of n began after another comma
		}
		if s.toks[k].lower == "who" && commaBetween(s, k-1, k) && s.toks[k-1].cap {
			return -3 // "Jim Sorensen, who retired after 19 seasons"
		}
	}
	return 0
}
