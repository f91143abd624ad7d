package lookup

import "slices"

// "Go for" of a price (part of stage 2): asked of a sum, "how much did
// the painting go for" asks what it was sold for. Merriam-Webster, "go"
// (intransitive verb): "to be sold — usually used with for" ("the
// house went for a song"). WordNet 3.0 has no such sense of "go", and
// its synonyms of "go" are verbs of moving, lasting and dying, which the
// amount asked has nothing to do with; the verbs of being sold for a
// price are those of its synsets 02727883 ("sell": be sold at a certain
// price) and 02247408 ("fetch", "bring in", "bring": be sold for a
// certain price; "the painting brought $10,000").

// soldForBases are the base verbs of WordNet 3.0's senses of being sold
// for a price (synsets 02727883 and 02247408).
var soldForBases = set("sell", "fetch", "bring")

// soldForWords is the article's verbs of being sold for a price when
// question word i is "go" followed by "for" in a "how much" question,
// sorted; ok is false otherwise, or when the article writes none.
func (e *Engine) soldForWords(q *query, i int) ([]string, bool) {
	if i+1 >= len(q.toks) || q.toks[i+1].lower != "for" || e.baseVerb(q.toks[i].lower) != "go" {
		return nil, false
	}
	var words []string
	for w := range e.r.words {
		if e.canBe(w, "verb") && soldForBases[e.baseVerb(w)] {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	return words, len(words) > 0
}

// soldForTerm is the term of "go for" read as the article's verbs words
// of being sold for a price, each an alternative of equal standing: the
// question writes none of them. It is a prepositional verb (Quirk et al.,
// §16.5), whose meaning its synonyms say, so the article's "fetch" is no
// weaker evidence than a word the question wrote.
func soldForTerm(words []string) term {
	tm := term{lower: "go for", stem: "go for", known: true, phrasal: true}
	for _, w := range words {
		tm.alts = append(tm.alts, stemOf(w))
	}
	return tm
}
