package lookup

import (
	"slices"
	"strings"
)

// sameactbridge.go: the question's verb met by the article's verb for the
// same act (part of stage 5, widened). A reader asks by the plain verb
// ("who saw her", "when did she leave", "how far did they walk") where the
// reporter wrote the precise one or a verb and its particle ("spotted",
// "set out", "hiked"); and when the plain verb stands elsewhere in the
// article ("before they leave"), the question is read by it alone and
// the sentence that tells the act is missed. WordNet defines a verb the
// way a dictionary does, by a more general verb and what sets the act
// apart, the genus and differentia of a classical definition (Fellbaum
// 1998, "WordNet", ch. 3: "to V1 is to V2 in some manner"; Landau 2001,
// "Dictionaries", ch. 4): "set out" is "leave", "hike" is "walk a long
// way", "spot" is "catch sight of". So the article's verb names the asked
// act when, in one of its most frequent senses, its definition opens
// with the asked verb, a synonym of it, or a verb one troponym link below
// it ("catch sight", a manner of "see"); a definition's genus may be a
// verb and its particle or noun, which WordNet lists as one verb (Quirk
// et al. 1985, §16.2–16.5 on multi-word verbs). A synonym in a common
// sense, and a verb whose first sense is a kind or manner of the asked one
// (Narrower), name it too.
//
// The bridge lets a sentence hold the verb only; it must hold all the
// rest of the question as well (each other term, each entity asked
// about), so a sentence telling the act of someone or something else
// answers nothing: "the crew spotted a bear" is no answer to "when did
// the crew see her" in an article where no sentence holding "spotted"
// also names her.

// sameActWord is a word or multi-word verb of the article, as the stems
// of its words as written, with its WordNet lemma.
type sameActWord struct {
	lemma string
	seq   []string
}

// articleActWords returns the article's words written as a verb's past
// form (not right after a determiner), and its multi-word verbs
// (articleVerbs), each once. Read once.
func (e *Engine) articleActWords() []sameActWord {
	e.actWordsOnce.Do(func() {
		seen := map[string]bool{}
		for i := range e.r.sents {
			toks := e.r.sents[i].toks
			for k, t := range toks {
				if t.cap || stopWords[t.lower] || beForms[t.lower] || lightVerbs[t.lower] || seen[t.stem] || len(t.lower) < 3 {
					continue
				}
				if !e.pastVerbForm(t.lower) || k > 0 && (determiners[toks[k-1].lower] || possessiveDeterminers[toks[k-1].lower]) {
					continue // "the search", "came home": a noun
				}
				seen[t.stem] = true
				e.actWords = append(e.actWords, sameActWord{lemma: e.verbLemma(t.lower), seq: []string{t.stem}})
			}
		}
		for _, v := range e.articleVerbs() {
			e.actWords = append(e.actWords, sameActWord{lemma: v.phrase, seq: v.seq})
		}
	})
	return e.actWords
}

// verbLemma is w's base form as a verb: WordNet's irregular lemma, or the
// first of the regular inflections undone (verbBases) that WordNet has as
// a verb ("hiked": hike), or w.
func (e *Engine) verbLemma(w string) string {
	for _, b := range verbBases(e, w) {
		if b != w && e.canBe(b, "verb") {
			return b
		}
	}
	return w
}

// pastVerbForm reports whether w is written as a verb's past tense or
// participle: a regular "-ed" form of a verb, or an irregular form
// WordNet's exception list gives ("saw", "left"). A news story tells its
// events in the past tense (the AP Stylebook, "said"; Biber et al. 1999,
// §6.2.1, the past tense dominant in news), so its acts are written so,
// and a bare form is as often a noun ("home", "bar", "search").
func (e *Engine) pastVerbForm(w string) bool {
	if l := e.lex.Lemma(w); l != "" && l != w && e.canBe(l, "verb") {
		return true
	}
	return strings.HasSuffix(w, "ed") && e.verbForm(w)
}

// sameActKnown returns, as stem sequences, the article's verbs that name
// the act of the question's verb w (sameActAs). Kept per word.
func (e *Engine) sameActKnown(w token) [][]string {
	return e.sameActs.get(w.lower, func(string) [][]string {
		var out [][]string
		for _, a := range e.articleActWords() {
			if len(a.seq) == 1 && stemsMeet(a.seq[0], w.stem) {
				continue // the word itself, which the strict reading already meets
			}
			if e.sameActAs(w, a) {
				out = append(out, a.seq)
			}
		}
		return out
	})
}

// sameActAs reports whether the article's verb a names the act of the
// question's verb w: the two share a synset in their common senses, a's
// first sense is a kind or manner of w (Narrower), or a's definition's
// genus names w. A sister act under the same broader verb does not: to
// lose and to see are both acts of a kind, and one tells nothing of the
// other.
func (e *Engine) sameActAs(w token, a sameActWord) bool {
	asked := e.verbLemma(w.lower)
	if a.lemma == asked || containsStr(underscoresSpaced(e.lex.Synonyms(asked)), a.lemma) ||
		containsStr(underscoresSpaced(e.lex.Synonyms(a.lemma)), asked) || e.lex.Narrower(a.lemma, asked) {
		return true // "set off" for "leave", "halted" for "stop"
	}
	return e.genusNames(a.lemma, asked)
}

// genusNames reports whether one of the most frequent definitions of verb
// v opens with the verb asked or with a verb whose first sense is one
// troponym link below the synset WordNet files under the asked verb (its
// first word: "catch sight" is a manner of "see"). A broader synset that
// merely lists the asked verb among others is another sense of it: "lose"
// is "suffer the loss of", and "suffer" is a manner of "experience, see,
// go through", seeing only as going through.
func (e *Engine) genusNames(v, asked string) bool {
	bl, climbs := e.lex.(broaderLexicon)
	for _, g := range e.glossGenus(v) {
		if g == asked || climbs && firstBroader(bl, g) == asked {
			return true
		}
	}
	return false
}

// firstBroader is the first word of the synset one hypernym link above
// v's first sense as a verb, or "".
func firstBroader(bl broaderLexicon, v string) string {
	if up := bl.BroaderAs(v, "verb", 1); len(up) > 0 {
		return strings.ReplaceAll(up[0], "_", " ")
	}
	return ""
}

// glossGenus returns the genus of each of the first maxGlossedSenses
// definitions of verb v: the verb that opens the definition, or the verb
// and the word after it where WordNet lists the two as one verb ("catch
// sight of": catch sight). A light verb ("make", "take", "cause") or a
// form of "be" is no genus: it takes its meaning from what follows it.
func (e *Engine) glossGenus(v string) []string {
	gs := e.lex.Glosses(v, "verb")
	if len(gs) > maxGlossedSenses {
		gs = gs[:maxGlossedSenses]
	}
	var out []string
	for _, g := range gs {
		ws := strings.FieldsFunc(strings.ToLower(g), notWordRune)
		if len(ws) > 1 && ws[0] == "to" {
			ws = ws[1:]
		}
		switch {
		case len(ws) == 0:
		case len(ws) > 1 && slices.Contains(e.lex.PartsOfSpeech(ws[0]+" "+ws[1]), "verb"):
			out = append(out, ws[0]+" "+ws[1])
		case !lightVerbs[ws[0]] && !beForms[ws[0]] && !stopWords[ws[0]] && slices.Contains(e.lex.PartsOfSpeech(ws[0]), "verb"):
			out = append(out, ws[0])
		}
	}
	return out
}

// underscoresSpaced returns ws with WordNet's underscores read as spaces.
func underscoresSpaced(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ReplaceAll(w, "_", " ")
	}
	return out
}

// sameActHeld returns the article's verbs for the act of q's term i
// (sameActKnown) that stand in a sentence holding every other term of q
// and naming every entity q asks about; none for a term that is no verb
// of the question (a noun after a determiner, the counted noun).
func (e *Engine) sameActHeld(q *query, i int) [][]string {
	t := q.terms[i]
	if e.noLex || inFocus(q.focus, t.stem) || q.determined(t) || !e.canBe(t.lower, "verb") || strings.Contains(t.lower, " ") {
		return nil
	}
	var out [][]string
	for _, seq := range e.sameActKnown(token{lower: t.lower, stem: t.stem}) {
		bridge := term{phrases: [][]string{seq}}
		for k := range e.r.sents {
			if e.holdsRestWith(q, i, &e.r.sents[k], bridge) {
				out = append(out, seq)
				break
			}
		}
	}
	return out
}

// holdsRestWith reports whether s holds the bridge and every term of q
// but term i, and names every entity q asks about, none other named
// between them and the bridge's verb.
func (e *Engine) holdsRestWith(q *query, i int, s *sentence, bridge term) bool {
	k := phraseIndex(s, bridge)
	if k < 0 || len(q.subjects) > 0 && e.otherNamedBefore(q, s, k) {
		return false
	}
	for j, t := range q.terms {
		if j != i && !t.given && !lightVerbs[t.lower] && !holdsTerm(s, t) {
			return false
		}
	}
	for _, x := range q.subjects {
		if !contains(s.named, x) && !contains(s.refs, x) && s.speaker != x {
			return false
		}
	}
	return true
}

// phraseIndex returns the first token of s where one of t's phrases
// starts, or -1.
func phraseIndex(s *sentence, t term) int {
	for k := range s.toks {
		if t.phraseAt(s.toks, k) {
			return k
		}
	}
	return -1
}

// otherNamedBefore reports whether the entity named last before token k
// of s is none q asks about: in a declarative clause the subject stands
// before its verb (Quirk et al. 1985, §2.13, §10.2), so "Flores admitted"
// tells what Flores did, not the senator named earlier in the sentence.
func (e *Engine) otherNamedBefore(q *query, s *sentence, k int) bool {
	for p := k - 1; p >= 0; p-- {
		for _, x := range s.named {
			if e.formAt(s, x, p) > 0 {
				return !contains(q.subjects, x)
			}
		}
	}
	return false
}
