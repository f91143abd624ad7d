package lookup

import (
	"maps"
	"slices"

	"storybot/knowledge"
)

// A person asked for by their relation to another (part of stage 2,
// understanding): "brandvold's mom", "pruett's sister", "her coach". A
// possessive before a relational noun determines it (Quirk et al. 1985,
// §5.115), so the question is about the relative, whom the possessor only
// identifies; the article ties the two in a description of the relative
// ("Pruett's lawyer, Neil Abramson,", or "His sister, Carol Mickens,",
// read with the person "his" refers to: see ownedRole). An informal
// relation noun is the noun WordNet glosses it as "an informal term for"
// ("mom": mother), since the article writes the formal one.

// relationHolder is the one person the article describes by the
// relation noun a possessive determines in the question, and, when the
// possessor is named, as that person's; -1 when there is none, or more
// than one.
func (e *Engine) relationHolder(q *query) int {
	k := e.relativeAsked(q.toks)
	if k < 0 || !e.relationNoun(q.toks[k].lower) {
		return -1
	}
	owner := -1
	if xs, _ := e.entitiesIn(q.toks[k-1 : k]); len(xs) > 0 {
		owner = xs[0]
	}
	tm := e.meaning(q.toks, k)
	found := -1
	for y, ent := range e.a.Entities {
		if ent.Kind != knowledge.Person || y == owner {
			continue
		}
		toks := e.describedBy(y)
		if !slices.ContainsFunc(toks, func(tok token) bool { return e.relationMeets(tm, tok) }) || owner >= 0 && !e.namesAll(toks, []int{owner}) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = y
	}
	return found
}

// relationMeets reports whether the article's token is the question's
// relation noun tm, by a form, a synonym, or as the noun tm is an
// informal term for ("mom" meets "mother").
func (e *Engine) relationMeets(tm term, tok token) bool {
	if tm.matches(tok) {
		return true
	}
	return !e.noLex && slices.Contains(e.lex.InformalFor(tm.lower), tok.lower)
}

// resolveRelation makes the relative a question asks about ("what does
// brandvold's mom do", "who is pruett's sister") its subject in
// place of the possessor, when it asks what that person is; the
// possessive and the relation noun are then the description's words,
// not words the answer must hold. It reports whether it did.
func (e *Engine) resolveRelation(q *query) bool {
	if q.typ != tDescribe {
		return false // a quotation's speaker is found by speakerAsked, an age by age
	}
	y := e.relationHolder(q)
	if y < 0 {
		return false
	}
	k := e.relativeAsked(q.toks)
	owner, _ := e.entitiesIn(q.toks[k-1 : k])
	q.subjects = append([]int{y}, slices.DeleteFunc(slices.Clone(q.subjects), func(x int) bool { return x == y || contains(owner, x) })...)
	names := maps.Clone(q.nameToks)
	if names == nil {
		names = map[int]bool{}
	}
	names[k-1], names[k] = true, true
	q.nameToks = names
	return true
}
