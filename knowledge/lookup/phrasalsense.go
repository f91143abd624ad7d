package lookup

import "slices"

// A multi-word verb read in its own senses (part of stage 2): a phrasal
// verb is mostly less ambiguous than the one-word verb a reader asks by
// ("come across" is to find by chance; "find" has thirteen senses, and
// to find a thing by chance is only the third). WordNet 3.0 files the
// phrasal verb in a synset whose other words say what it means ("come
// upon": discover; "bring up": raise; "set up": found) and under the
// broader verb it is a manner of ("come across": find, "show up":
// appear), and that sense is the phrasal verb's most frequent one even
// when it is a rarer sense of the one-word verb (Fellbaum 1998,
// "WordNet", ch. 3 on synonymy and troponymy; Quirk et al., "A
// Comprehensive Grammar", §16.2–16.3 on the phrasal verb as one
// lexical verb). So the article's phrasal verb tells the act asked when
// the question's verb is one of the phrasal verb's own synonyms or
// broader verbs in the phrasal verb's most frequent senses, whatever
// sense of the question's word that is, and so it does when the
// question's verb lists the phrasal verb among the synonyms of its own
// most frequent senses ("install": set up, put in), whatever sense of
// the phrasal verb that is. An intransitive phrasal verb
// takes no object, so where a noun phrase follows its particle the
// particle is a preposition and the verb is another ("run on" is to
// talk at length; "runs on a budget" is "run" with "on a budget"; Quirk
// et al., §16.3–16.5 on the phrasal and the prepositional verb): the
// article's verb is read so only where it is written with no noun phrase
// after it.

// phrasalMeans reports whether the article's multi-word verb v (a
// WordNet lemma, "come across", written as the stems seq) means the
// question's word w, read as a verb: v names, in its most frequent
// sense, w or a kind or manner of it (Narrower), or w, by any of its
// base forms, is one of v's own synonyms or broader verbs in v's most
// frequent senses or has v among its own (v written as its two words:
// with a pronoun object between them nothing but the phrasal verb's own
// most frequent sense tells what it means, "pick her up" no arrest,
// articlesplitverb.go), and v, when WordNet's frames for it take no object,
// is written somewhere with no noun phrase after its particle.
func (e *Engine) phrasalMeans(v string, seq []string, w string) bool {
	own := slices.Concat(e.lex.Synonyms(v), e.lex.Neighbours(v)) // a new slice: WordNet caches what Synonyms returns, and answers run concurrently
	named := e.lex.Narrower(v, w) || slices.ContainsFunc(verbBases(e, w), func(b string) bool {
		return !lightVerbs[b] && e.canBe(b, "verb") && (slices.Contains(own, b) || len(seq) == 2 && slices.Contains(e.lex.Synonyms(b), v))
	})
	return named && (!e.lex.Intransitive(v) || e.writesWithoutObject(seq))
}

// writesWithoutObject reports whether the article writes the two-word
// verb seq somewhere with no determiner, figure or name right after its
// particle, which would open the noun phrase a preposition takes
// (namedparticleobject.go).
func (e *Engine) writesWithoutObject(seq []string) bool {
	t := term{phrases: [][]string{seq}}
	for i := range e.r.sents {
		toks := e.r.sents[i].toks
		for k := range toks {
			if !t.phraseAt(toks, k) {
				continue
			}
			if n := k + len(seq); n >= len(toks) || !particleObjectAt(toks, n) {
				return true
			}
		}
	}
	return false
}
