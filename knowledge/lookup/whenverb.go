package lookup

import "strings"

// The verb of a when-question (part of stage 4): "when did Ferreira veto
// the budget" asks when the act was done, and the time beside the verb
// that tells it ("vetoed the budget Friday") dates it; a sentence that
// names the act only by a noun ("Ferreira's veto of the budget") tells of
// it as a thing already done, and its time dates the sentence's own verb
// ("voted early Wednesday to override Ferreira's veto"). A word after a
// determiner or a possessive is a noun (Quirk et al., §5.10), so such a
// sentence answers only when no sentence uses the word as a verb.

// whenVerbAuxiliaries are the operators a when-question puts before its
// subject when its verb follows in the base form: "do" and the modals
// (Quirk et al., §3.21–3.22, §11.14); after a form of "be" the word may
// be a noun ("when was the vote"), unless it is the past participle of
// the passive ("when were they sold"; Quirk et al., §3.63).
var whenVerbAuxiliaries = set("did", "does", "do", "will", "would", "can", "could", "should", "may", "might", "must", "shall")

// askedWhenVerb is the term of the verb of "when AUX SUBJECT VERB …": the
// word before the first determiner, possessive, preposition, particle or
// object pronoun (verbobject.go) past the subject's first word, or the
// last word; false when the
// question is not so shaped or the word is no term of it.
func (e *Engine) askedWhenVerb(q *query) (term, bool) {
	return e.askedWhVerb(q, "when", false)
}

// askedWhVerb is askedWhenVerb for the question word wh; progressive
// also takes an -ing form after a form of "be" as the verb ("where was
// the dog sleeping": the progressive, Quirk et al. §4.26).
func (e *Engine) askedWhVerb(q *query, wh string, progressive bool) (term, bool) {
	toks := q.toks
	i := 0
	for i < len(toks) && chatWords[toks[i].lower] {
		i++
	}
	if i+3 >= len(toks) || toks[i].lower != wh || !whenVerbAuxiliaries[toks[i+1].lower] && !beForms[toks[i+1].lower] {
		return term{}, false
	}
	k := len(toks) - 1
	for j := i + 3; j < len(toks); j++ {
		if endsAskedVerb(toks[j]) {
			k = j - 1
			break
		}
	}
	for k > i+3 && e.onlyAsName(toks[k].lower) {
		k-- // "when did she start training copper": a name the article writes only capitalised (norm.go) is the object, written in lower case as chat writes names; a bare name needs no determiner (Quirk et al. §5.60)
	}
	if k > i+4 && aspectualVerbs[toks[k-2].lower] && strings.HasSuffix(toks[k-1].lower, "ing") {
		k-- // "when did patrollers start lowering ppl down": the -ing complement of an aspectual catenative is the act (Quirk et al. §16.49), the word after it its object, a plural with zero article (§5.52)
	}
	if k < i+2 || q.nameToks[k] || e.noLex || !e.canBe(toks[k].lower, "verb") {
		return term{}, false
	}
	if beForms[toks[i+1].lower] && !e.participle(toks[k].lower) && !(progressive && strings.HasSuffix(toks[k].lower, "ing")) {
		return term{}, false // "when was the vote": a noun; "when were they sold": the passive's participle
	}
	for _, t := range q.terms {
		if t.lower == toks[k].lower || len(t.lower) > len(toks[k].lower) && t.lower[:len(toks[k].lower)+1] == toks[k].lower+" " {
			return t, true // "walk out": the multi-word verb the word opens
		}
	}
	return term{}, false
}

// passiveWhen reports whether q asks "when BE SUBJECT PARTICIPLE": its
// verb is met in a sentence only by a participle ("sold", "born"), not
// by a noun of the same word ("the Birth Center").
func passiveWhen(q *query) bool {
	for i, t := range q.toks {
		if !chatWords[t.lower] {
			return t.lower == "when" && i+1 < len(q.toks) && beForms[q.toks[i+1].lower]
		}
	}
	return false
}

// verbFirst moves the candidates that use the asked verb as a verb
// ahead of the others (which name the act by a noun, or not at all), each
// group in rank order.
func (e *Engine) verbFirst(q *query, cands []candidate) []candidate {
	v, ok := e.askedWhenVerb(q)
	if !ok {
		return cands
	}
	var verbal, rest []candidate
	for _, c := range cands {
		if usesAsVerb(&e.r.sents[c.s], c.matched, v) {
			verbal = append(verbal, c)
		} else {
			rest = append(rest, c)
		}
	}
	return append(verbal, rest...)
}

// relativeWords may stand before a verb as the subject of a relative
// clause ("the bridge, which opened in 1963"; Quirk et al., §17.9), so
// though they are determiners too they do not make the next word a noun.
var relativeWords = set("which", "that", "what", "whose")

// usesAsVerb reports whether one of the matched tokens of s that holds
// verb term v stands as a verb: outside a quotation, and not after a
// determiner or a possessive, which make it a noun.
func usesAsVerb(s *sentence, matched []int, v term) bool {
	for _, k := range matched {
		if !v.matches(s.toks[k]) && !v.phraseAt(s.toks, k) || quotedAt(s, k) {
			continue
		}
		if k == 0 {
			return true
		}
		p := s.toks[k-1]
		if !(determiners[p.lower] && !relativeWords[p.lower] || possessiveDeterminers[p.lower] || p.poss) {
			return true
		}
	}
	return false
}
