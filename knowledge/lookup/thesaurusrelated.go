package lookup

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Stage 5, a second reading before refusing: a reader asks in their own
// words, and a news story tells the same thing in others ("how much did
// the stock go down" of "Shares of Barnwell dropped 3%"); WordNet's synonym
// sets and links connect only part of what a general thesaurus lists
// together. Moby Thesaurus II (Ward 1996; package moby) lists, for 30,000
// roots, the words a writer may use for them, pared to pairs each root
// lists of the other, scored by how many related words the two share.
// When the strict, WordNet and rest-of-the-question readings find no
// answer, each question word the article never uses is read once more as
// standing for the article's words the thesaurus relates to it, as weak
// evidence. A thesaurus lists a word's contrasts with its synonyms
// ("south", "north"), so WordNet's antonyms of the word are left out; the
// noun that names what a who- or how-many-question asks must be a near
// synonym (a closer pair); the reading serves only the answer types whose
// answer must also be of a kind (a person, a place, a time, a number), the
// thesaurus's word is never a question's only evidence, and the answer
// must still pass every test of its type.

// thesaurusLeast is the least strength (cosine of the two words' lists)
// of a thesaurus pair read; thesaurusNaming that of a pair read for the
// noun naming what is asked. Measured on the helpers' pool of fresh
// articles: 0.05, 0.10 and 0.20 answered the same questions there.
const (
	thesaurusLeast  = 0.10
	thesaurusNaming = 0.30
)

// thesaurusTypes are the answer types the thesaurus reading serves: an
// answer of a kind, which the sentence must hold besides the words.
var thesaurusTypes = map[answerType]bool{tPerson: true, tPlace: true, tTime: true, tCount: true, tAmount: true, tPercent: true, tAge: true}

// thesaurusReply answers q read through the thesaurus, when that reading
// finds an answer.
func (e *Engine) thesaurusReply(q *query, h handler) (reply, bool) {
	return e.thesaurusReplyOf(q, h, nil)
}

// thesaurusReplyOf is thesaurusReply reading only the unknown terms only
// admits (every one, when only is nil).
func (e *Engine) thesaurusReplyOf(q *query, h handler, only func(term) bool) (reply, bool) {
	w, readAs, ok := e.thesaurusRelated(q, only)
	if !ok {
		return reply{}, false
	}
	if r, ok := h(e, w); ok && r.found {
		r.readAs = readAs // the reader is told which word stood for theirs
		return r, true
	}
	return reply{}, false
}

// thesaurusRelated returns q with each unknown term only admits (every
// one, when only is nil) read as the article's words the thesaurus
// relates to it, what each such term was read as (`"envoy" as
// "ambassador"`), and whether any term changed.
func (e *Engine) thesaurusRelated(q *query, only func(term) bool) (*query, []string, bool) {
	if e.th == nil || !thesaurusTypes[q.typ] || !slices.ContainsFunc(q.terms, plainKnown) {
		return nil, nil, false
	}
	var readAs []string
	terms := slices.Clone(q.terms)
	changed := false
	for i, t := range terms {
		if !e.thesaurusReadable(q, i, only) {
			continue
		}
		least := thesaurusLeast
		if multiWordTerm(t) || !e.noLex && e.namesTheAnswer(q, t) {
			// a multi-word root's list spans all its senses ("show up": unmask,
			// open, arrive), so it too must be a closer pair (phrasethesaurus.go)
			least = thesaurusNaming // "who's the russian envoy": the ambassador, not any "senior" figure for "boss"
		}
		alts, words := e.associatesWritten(t.lower, least)
		for k := len(alts) - 1; k >= 0; k-- {
			if stemsMeet(alts[k], t.stem) || slices.Contains(t.alts, alts[k]) {
				alts, words = slices.Delete(alts, k, k+1), slices.Delete(words, k, k+1)
			}
		}
		if len(alts) == 0 {
			continue
		}
		terms[i].alts, terms[i].known, terms[i].weak, changed = append(slices.Clone(t.alts), alts...), true, true, true
		readAs = append(readAs, fmt.Sprintf("%q as %s", t.lower, quotedOr(words)))
	}
	if !changed {
		return nil, nil, false
	}
	w := *q
	w.terms = terms
	return &w, readAs, true
}

// thesaurusReadable reports whether q's term i is read through the
// thesaurus: a word the article never uses, that only admits (every one,
// when only is nil), no light or copular verb. A multi-word verb the
// article never writes, known only by WordNet's synonyms of it in some
// sense ("shell out": deal), is read so too, with those synonyms kept,
// when the question has other evidence: WordNet lists most such verbs
// with few synonyms, and in rare senses ("shell out" with "deal out", not
// "pay"), while the thesaurus lists the words a writer uses for it.
func (e *Engine) thesaurusReadable(q *query, i int, only func(term) bool) bool {
	t := q.terms[i]
	if lightVerbs[t.lower] || copularVerbs[t.lower] || only != nil && !only(t) {
		return false
	}
	if _, ordinal := ordinalWords[t.lower]; ordinal {
		return false // a rank is no month, year or hour: the thesaurus lists "second" as a unit of time
	}
	if !t.known {
		return !t.phrasal
	}
	if !t.phrasal || t.derived || !multiWordTerm(t) || len(t.alts) == 0 || slices.ContainsFunc(t.phrases, e.writesPhrase) {
		return false
	}
	for k, o := range q.terms {
		if k != i && plainKnown(o) && !o.weak {
			return true
		}
	}
	return false
}

// plainKnown reports whether t is a word of content the article uses, as
// written or by a WordNet relative.
func plainKnown(t term) bool {
	return t.known && !lightVerbs[t.lower] && !copularVerbs[t.lower]
}

// associatesWritten returns the stems of the article's words, in their
// own inflections, that the thesaurus relates to w at strength least or
// more, read as the root it inflects, and the thesaurus's word for each;
// none of w's antonyms.
func (e *Engine) associatesWritten(w string, least float64) (stems, words []string) {
	for _, root := range e.thesaurusRoots(w) {
		var opposed []string
		if !e.noLex {
			opposed = e.lex.Antonyms(root)
		}
		for _, a := range e.th.Associates(root, least) {
			if stopWords[a] || lightVerbs[a] || copularVerbs[a] || slices.Contains(opposed, a) || !e.writesInflected(a) {
				continue
			}
			if st := stemOf(a); !slices.Contains(stems, st) {
				stems, words = append(stems, st), append(words, a)
			}
		}
	}
	return stems, words
}

// thesaurusRoots returns the thesaurus roots word w may be a form of: w
// itself, its irregular base, its singular, or w without a regular verb
// ending (-ed, -ing, with a final e restored or a doubled consonant
// undone: Quirk et al. 1985, §3.6 on the spelling of regular forms). A
// multi-word verb ("chipping in", "showed up") inflects its verb alone,
// its first word (Quirk et al. 1985, §16.2), so its roots are the forms of
// that word with the rest of it as written.
func (e *Engine) thesaurusRoots(w string) []string {
	first, rest, phrase := strings.Cut(w, " ")
	var out []string
	for _, c := range e.rootForms(first) {
		if phrase {
			c += " " + rest
		}
		if !slices.Contains(out, c) && e.th.Has(c) {
			out = append(out, c)
		}
	}
	return out
}

// rootForms returns the forms word w may be an inflection of, w first.
func (e *Engine) rootForms(w string) []string {
	cands := []string{w, singular(w)}
	if !e.noLex {
		cands = append(cands, e.lex.Lemma(w))
	}
	for _, suf := range []string{"ed", "ing"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) > 2 {
			cands = append(cands, b, b+"e")
			if n := len(b); b[n-1] == b[n-2] {
				cands = append(cands, b[:n-1])
			}
		}
	}
	if b, ok := strings.CutSuffix(w, "ied"); ok {
		cands = append(cands, b+"y")
	}
	return slices.DeleteFunc(cands, func(c string) bool { return c == "" })
}

// quotedOr writes words as `"a"`, `"a" or "b"`, `"a", "b" or "c"`: each
// word quoted on its own, so the reader's note never shows an escaped quote.
func quotedOr(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = strconv.Quote(w)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
