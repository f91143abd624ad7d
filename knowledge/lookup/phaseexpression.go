package lookup

import (
	"slices"
	"strings"
)

// Phase expressions (part of stage 2): the beginning and the resumption
// of an act are each said by an aspectual verb ("start", "begin",
// "resume"; Quirk et al., A Comprehensive Grammar, §16.49, and Levin
// 1993, §55.1, the "begin" verbs) or by a multi-word expression of the
// same phase, and news copy and a reader often pick different ones:
//
//   - onset: a rule or law "takes effect" or "goes into effect" (WordNet
//     3.0's {take effect} "go into effect or become effective or
//     operative"), "comes into force", and an event "kicks off" (WordNet's
//     {inaugurate, kick off} "commence officially"). So "when do the new
//     rules start" is answered by "The rules take effect Jan. 1."
//   - resumption: "pick up" and "take up" where one left off are "resume"
//     (Collins COBUILD Dictionary of Phrasal Verbs, "pick up" 9 and "take
//     up" 6; WordNet files "take up" with "resume"), and a reader marks
//     the restart with "back" or "again" as for the re- verbs
//     (againverb.go). So "when do talks pick back up" asks when they
//     resume.

// onsetVerbs are the aspectual verbs of onset a question asks with.
var onsetVerbs = set("start", "begin", "commence")

// onsetPhrases are the multi-word expressions of onset the comment
// above lists, as base verb and the words after it.
var onsetPhrases = [][]string{
	{"take", "effect"}, {"go", "into", "effect"}, {"come", "into", "effect"},
	{"come", "into", "force"}, {"go", "into", "force"}, {"kick", "off"},
}

// resumingPhrasals are the verbs whose phrasal with "up" means resume,
// as the comment above gives them.
var resumingPhrasals = set("pick", "take")

// onsetPhrasesKnown returns the onset expressions the article writes, as
// stem sequences of the words as written.
func (e *Engine) onsetPhrasesKnown() [][]string {
	var out [][]string
	for i := range e.r.sents {
		toks := e.r.sents[i].toks
		for k := range toks {
			for _, p := range onsetPhrases {
				if ph, ok := e.phraseWrittenAt(toks, k, p); ok && !slices.ContainsFunc(out, func(o []string) bool { return slices.Equal(o, ph) }) {
					out = append(out, ph)
				}
			}
		}
	}
	return out
}

// phraseWrittenAt returns the stems of toks from k when they write phrase
// p: its verb in any form, the rest word for word.
func (e *Engine) phraseWrittenAt(toks []token, k int, p []string) ([]string, bool) {
	if k+len(p) > len(toks) || e.baseVerb(toks[k].lower) != p[0] {
		return nil, false
	}
	ph := []string{toks[k].stem}
	for j, w := range p[1:] {
		if toks[k+1+j].lower != w {
			return nil, false
		}
		ph = append(ph, toks[k+1+j].stem)
	}
	return ph, true
}

// withPhaseExpressions gives a when-question's verb of onset the
// article's expressions of onset, and reads a resuming phrasal asked
// with "back up" or "up again" as the article's "resume" or its
// synonyms, dropping the "back" that marks the restart.
func (e *Engine) withPhaseExpressions(q *query, terms []term) []term {
	if q.typ != tTime {
		return terms
	}
	return e.withResumingPhrasal(q, e.withOnsetPhrases(q, terms))
}

// withOnsetPhrases adds the article's onset expressions to the term of a
// question's onset verb.
func (e *Engine) withOnsetPhrases(q *query, terms []term) []term {
	k := slices.IndexFunc(terms, func(t term) bool { return onsetVerbs[e.baseVerb(t.lower)] })
	if k < 0 {
		return terms
	}
	phrases := e.onsetPhrasesKnown()
	if len(phrases) == 0 {
		return terms
	}
	// the expression says the onset itself, not a near synonym of it
	terms[k].entailing = terms[k].entailing || len(terms[k].phrases) == 0
	terms[k].phrases = append(terms[k].phrases, phrases...)
	terms[k].known = true
	return terms
}

// withResumingPhrasal reads "pick back up", "pick up again" as resume.
func (e *Engine) withResumingPhrasal(q *query, terms []term) []term {
	if e.noLex {
		return terms
	}
	for i, tok := range q.toks {
		if !resumingPhrasals[e.baseVerb(tok.lower)] || !resumedAt(q.toks, i) {
			continue
		}
		alts := e.againWords("resume")
		if len(alts) == 0 {
			continue
		}
		var out []term
		for _, t := range terms {
			switch {
			case t.lower == "back":
				continue
			case t.lower == tok.lower || t.stem == tok.stem || strings.HasPrefix(t.lower, tok.lower+" "):
				t = term{lower: "resume", stem: stemOf("resume"), alts: alts, known: true, weight: t.weight}
			}
			out = append(out, t)
		}
		return out
	}
	return terms
}

// resumedAt reports whether the verb at toks[i] is followed by "back up"
// or by "up" and then "again".
func resumedAt(toks []token, i int) bool {
	if i+2 < len(toks) && toks[i+1].lower == "back" && toks[i+2].lower == "up" {
		return true
	}
	return i+1 < len(toks) && toks[i+1].lower == "up" && againAfter(&query{toks: toks}, i+1)
}
