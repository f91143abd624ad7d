package lookup

import (
	"slices"
	"strings"
)

// Prepositional verbs (part of stage 2): a verb and the preposition it
// takes are often one verb whose meaning is not the verb's alone ("look
// at": examine; "talk about": discuss; Quirk et al., §16.5, the
// prepositional verb), and WordNet lists the common ones as verbs of
// their own. A question that asks by one the article does not write
// ("which regulator will look at the deal") means the article's word for
// it ("is expected to examine the deal").

// prepositionalVerb reads question token i and the preposition after it
// as one verb when WordNet lists the pair as a verb and the article
// never writes the verb: a term whose alternatives
// are the article's words among the pair's synonyms, or failing them
// among its broader terms (then weak). Where the article writes the
// verb, the pair is left to it: WordNet's first sense of a pair is often
// an idiom ("ask for": invite trouble), and the article's "ask" is what
// the reader means. Verbs of saying and talking (Levin 1993, §37.5-37.7)
// are left to the reading of speech: "talk about" names a topic. ok is false otherwise. The
// question's own words are no synonym of its verb: "look at the deal"
// is not "deal" (WordNet's "look at" sense "consider, deal").
func (e *Engine) prepositionalVerb(toks []token, i int) (term, bool) {
	if e.noLex || i+1 >= len(toks) || !prepositions[toks[i+1].lower] || particles[toks[i+1].lower] || e.known(toks[i]) && !lightWithObject(toks, i) {
		return term{}, false // the article's own verb is matched as written: "ask" is not "ask for" (invite)
	}
	t, p := toks[i], toks[i+1].lower
	if rt, ok := e.requestVerb(toks, i); ok {
		return rt, true // "what are they asking for": what they demand
	}
	phrase := ""
	for _, b := range verbBases(e, t.lower) {
		if speechBases[b] || talkBases[b] {
			return term{}, false // "talked about": speech and its topic, which the speech reader takes
		}
		if slices.Contains(e.lex.PartsOfSpeech(b+" "+p), "verb") {
			phrase = b + " " + p
			break
		}
	}
	if phrase == "" {
		return term{}, false
	}
	own := func(st string) bool {
		return lightVerbs[st] || slices.ContainsFunc(toks, func(x token) bool { return x.meets(st) || x.stem == st })
	}
	tm := term{lower: phrase, stem: t.stem, known: true, phrasal: true}
	if seq := []string{t.stem, stemOf(p)}; e.writesPhrase(seq) {
		tm.phrases = [][]string{seq} // a light verb's pair the article writes too: "needed to go to the hospital"
	}
	if tm.alts = slices.DeleteFunc(e.synonymsKnown(phrase), own); len(tm.alts) > 0 {
		return tm, true
	}
	if tm.alts = slices.DeleteFunc(e.neighboursKnown(phrase), own); len(tm.alts) > 0 {
		tm.weak = true
		return tm, true
	}
	return term{}, false
}

// verbBases are the forms a verb's base may take under its written form:
// the word, its irregular lemma, and the regular inflections undone
// ("looking": look; "talked": talk; "makes": make), for WordNet to
// look up with the preposition.
func verbBases(e *Engine, w string) []string {
	out := []string{w}
	if l := e.lex.Lemma(w); l != "" {
		out = append(out, l)
	}
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) >= 2 {
			out = append(out, b, b+"e")
			if n := len(b); n > 2 && b[n-1] == b[n-2] {
				out = append(out, b[:n-1]) // "stopped": stop
			}
		}
	}
	return out
}

// particleCompound reads question token i, a noun that is no verb, and
// the particle after it as the hyphenated compound noun WordNet lists
// ("runner up": runner-up; the Chicago Manual of Style, 17th ed., 7.89:
// a noun and particle compound is hyphenated), written open in chat: the
// compound, matched where the article writes it or its synonyms, and
// otherwise a word the article never uses; a runner-up is no runner of
// the article's "runners were treated". ok is false for any other pair,
// and for a verb and its particle ("set up"), a phrasal verb.
func (e *Engine) particleCompound(toks []token, i int) (term, bool) {
	if e.noLex || i+1 >= len(toks) || !spatialParticles[toks[i+1].lower] || e.canBe(toks[i].lower, "verb") {
		return term{}, false
	}
	c := toks[i].lower + "-" + toks[i+1].lower
	if !e.canBe(c, "noun") {
		return term{}, false
	}
	tm := term{lower: c, stem: stemOf(c)}
	seq := []string{toks[i].stem, toks[i+1].stem}
	switch {
	case e.r.vocab[c] || e.r.vocab[tm.stem]:
		tm.known = true
	case e.writesPhrase(seq):
		tm.known, tm.phrases = true, [][]string{seq}
	default:
		tm.alts = e.synonymsKnown(c)
		tm.phrases = slices.Concat(e.synonymPhrasesKnown(c), e.agentGlossPhrasesKnown(c))
		tm.known = len(tm.alts)+len(tm.phrases) > 0
	}
	return tm, true
}

// requestVerbs are the verbs that "ask for" means: WordNet glosses
// request v.1 as "express the need or desire for; ask for", and demand
// v.1 as "request urgently and forcefully".
var requestVerbs = []string{"request", "demand"}

// requestVerb reads "ask for" at question token i as a verb of request
// (Quirk et al., §16.5: "ask for" is a prepositional verb, whose object
// is what is wanted, not a question put): a term whose alternatives are
// the article's words among requestVerbs and the WordNet synonyms of
// request (demand's own synonyms are those of its sense "require"). WordNet's first sense of the pair, "invite" ("ask for
// trouble"), is its idiom; ok is false when the article writes none.
func (e *Engine) requestVerb(toks []token, i int) (term, bool) {
	if toks[i+1].lower != "for" || !slices.Contains(verbBases(e, toks[i].lower), "ask") {
		return term{}, false
	}
	var alts []string
	for _, w := range slices.Concat(requestVerbs, e.lex.Synonyms(requestVerbs[0])) {
		if st, ok := e.knownWord(w); ok && !lightVerbs[st] && !slices.Contains(alts, st) {
			alts = append(alts, st)
		}
	}
	if len(alts) == 0 {
		return term{}, false
	}
	return term{lower: "ask for", stem: toks[i].stem, alts: alts, known: true, phrasal: true}, true
}
