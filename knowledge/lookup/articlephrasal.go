package lookup

import "slices"

// The article's multi-word verbs (part of stage 2): news writing tells
// many acts by a verb and its particle ("the fire broke out", "ruled out
// arson", "the shares went up"), which a reader asks about in one word
// ("when did the fire start"). WordNet 3.0 lists such verbs as lemmas of
// their own, with their synonyms and the verbs they are a manner of
// ("break_out", in its first sense: erupt, a kind of "start"); the
// particle is part of the verb, not a preposition (Quirk et al., "A
// Comprehensive Grammar", §16.2–16.3). A question word the article's
// multi-word verb means, in the verb's most frequent sense, meets it
// where the article writes it: the verb and its particle side by side.

// articleVerb is a multi-word verb the article writes: WordNet's lemma
// ("break out") and the stems of its two words as written ("broke" read
// as break, "out").
type articleVerb struct {
	phrase string
	seq    []string
}

// articleVerbs returns the multi-word verbs the article writes: a word
// that can be a verb followed by a particle, where WordNet lists the
// verb's base form with the particle as a verb (Quirk et al., §16.3, the
// common particles). Read once.
func (e *Engine) articleVerbs() []articleVerb {
	e.verbsOnce.Do(func() {
		if e.noLex {
			return
		}
		seen := map[string]bool{}
		for i := range e.r.sents {
			toks := e.r.sents[i].toks
			for k := 0; k+1 < len(toks); k++ {
				if phrase, seq := e.splitVerbAt(toks, k); phrase != "" && !seen[phrase+" split"] {
					seen[phrase+" split"] = true // "bring it up" (articlesplitverb.go)
					e.phrasals = append(e.phrasals, articleVerb{phrase: phrase, seq: seq})
				}
				p := toks[k+1].lower
				if !spatialParticles[p] {
					continue
				}
				phrase := e.verbWithParticle(toks[k].lower, p)
				if phrase == "" || seen[phrase] {
					continue
				}
				seen[phrase] = true
				e.phrasals = append(e.phrasals, articleVerb{phrase: phrase, seq: []string{toks[k].stem, toks[k+1].stem}})
			}
		}
	})
	return e.phrasals
}

// verbWithParticle returns the WordNet verb a written word and the
// particle after it make, by the word's base forms ("broke out": break
// out), or "".
func (e *Engine) verbWithParticle(w, p string) string {
	for _, b := range verbBases(e, w) {
		if phrase := b + " " + p; slices.Contains(e.lex.PartsOfSpeech(phrase), "verb") {
			return phrase
		}
	}
	return ""
}

// articleVerbsFor returns, as stem sequences, the article's multi-word
// verbs that in their most frequent sense mean w or a kind or manner of
// it, w read as a verb ("broke out" for "start", "set up" for
// "establish"): what is true of the narrower act is true of the broader
// (Fellbaum 1998, "WordNet", ch. 3 on troponymy). None for a word WordNet
// does not read as a verb first.
func (e *Engine) articleVerbsFor(w string) [][]string {
	if e.noLex || stopWords[w] || lightVerbs[w] {
		return nil
	}
	return e.verbKinds.get(w, func(w string) [][]string {
		var out [][]string
		for _, v := range e.articleVerbs() {
			if e.phrasalMeans(v.phrase, v.seq, w) {
				out = append(out, v.seq)
			}
		}
		return out
	})
}

// articleVerbAt returns the article's multi-word verb that starts at
// token k of s, with the stems of its words as written, or "".
func (e *Engine) articleVerbAt(s *sentence, k int) (string, []string) {
	if e.noLex || k+1 >= len(s.toks) {
		return "", nil
	}
	if !spatialParticles[s.toks[k+1].lower] {
		return e.splitVerbAt(s.toks, k) // "bring it up"
	}
	return e.verbWithParticle(s.toks[k].lower, s.toks[k+1].lower), []string{s.toks[k].stem, s.toks[k+1].stem}
}

// narrowerVerbAt reports whether the article's multi-word verb at token k
// of s means the question's word or a kind or manner of it ("broke out"
// for "start"), so states the act asked.
func (e *Engine) narrowerVerbAt(s *sentence, k int, t term) bool {
	v, seq := e.articleVerbAt(s, k)
	return v != "" && e.phrasalMeans(v, seq, t.lower)
}

// withArticleVerbs adds to a one-word term the article does not write
// the article's multi-word verbs that mean it or a kind of it
// ("establish": the article's "set up"), beside the article's synonyms
// for it; a word the article knows only one WordNet link away is read by
// the multi-word verb alone. A word the article writes is left to it:
// "removed" is where the article says so, not where a cover "tore away".
func (e *Engine) withArticleVerbs(tm term, t token) term {
	if tm.phrasal || len(tm.phrases) > 0 || e.known(t) {
		return tm
	}
	ph := e.articleVerbsFor(t.lower)
	if len(ph) == 0 {
		return tm
	}
	if !tm.known || tm.weak {
		tm.alts, tm.weak = nil, false
	}
	tm.phrases, tm.known, tm.entailing = ph, true, true
	return tm
}
