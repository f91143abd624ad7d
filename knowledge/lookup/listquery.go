package lookup

import (
	"slices"
	"strings"
)

// listingVerbs say that a writer or speaker gave a list: in "how many
// ambassadors does Flores list" they ask for the list itself, and the
// sentence holding the list need not use them (WordNet's verb synset
// {list, name} and the verbs of its gloss, "give or make a list of; name
// individually": list, name, enumerate, mention, cite, include).
var listingVerbs = set("list", "lists", "listed", "listing", "name", "names", "named", "naming",
	"enumerate", "enumerates", "enumerated", "mention", "mentions", "mentioned", "cite",
	"cites", "cited", "include", "includes", "included")

// listQuery is q narrowed to what a list answers: without the verb that
// asks for the list, and without a possessive in the counted phrase that
// the article never uses ("how many countries' ambassadors": the
// ambassadors of a list are each a country's, and the article names them
// by the ambassador).
func (e *Engine) listQuery(q *query) *query {
	n := *q
	n.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t term) bool {
		return listingVerbs[t.lower] || e.unknownPossessive(q, t.stem)
	})
	n.focus = slices.DeleteFunc(slices.Clone(q.focus), func(f string) bool {
		return e.unknownPossessive(q, f)
	})
	return &n
}

// unknownPossessive reports whether stem is a word the question writes
// as a possessive ("countries'"), before the noun it determines, and the
// article never uses.
func (e *Engine) unknownPossessive(q *query, stem string) bool {
	raw := strings.ToLower(q.raw)
	for i, t := range q.toks {
		poss := t.poss || strings.Contains(raw, t.lower+"' ") // the tokenizer drops a plural's bare apostrophe
		if poss && t.stem == stem && i+1 < len(q.toks) && !e.r.vocab[stem] {
			return true
		}
	}
	return false
}
