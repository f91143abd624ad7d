package lookup

import "slices"

// "How long were the drivers stuck", "how long was he trapped": a copula,
// its subject and then a past participle make a passive, and a passive
// that follows the copula without an agent commonly names the state
// that the act left its undergoer in, the statal passive (Quirk et al.,
// §3.74–3.75: "the door was closed", "the road was blocked"). "How long"
// of such a state asks how long the state lasted (§8.58, adjuncts of
// duration), as it does of an adjective of state ("how long was the park
// underwater"), so a span of time answers it, never "a backup that
// stretched 9 miles". A participle followed by "to" ("how long is the
// bridge expected to be") governs a clause whose copula carries the
// length, and asks the length.

// askedParticipleState reports whether q asks "how long BE SUBJECT
// PARTICIPLE": after the copula, a subject of at least one word (a
// pronoun, or a noun phrase past its determiner) and then a past
// participle, with no "to" after it: a regular -ed form, or an irregular
// form WordNet lists as a verb's ("stuck", "held"). WordNet also files
// "stuck" under the noun "stick", so the subject is not read by noun.
func (e *Engine) askedParticipleState(q *query) bool {
	if q.measure != "long" || e.noLex {
		return false
	}
	k := slices.IndexFunc(q.toks, func(t token) bool { return t.lower == "long" })
	if k < 1 || q.toks[k-1].lower != "how" || k+3 >= len(q.toks) || !copulas[q.toks[k+1].lower] {
		return false
	}
	start := k + 2
	for start < len(q.toks) && (determiners[q.toks[start].lower] || possessivePronouns[q.toks[start].lower]) {
		start++
	}
	for j := start + 1; j < len(q.toks); j++ {
		if e.verbParticiple(q.toks[j].lower) {
			return j+1 >= len(q.toks) || q.toks[j+1].lower != "to"
		}
		if stopWords[q.toks[j].lower] {
			return false // "how long was the line at the gate": the subject ended with no participle
		}
	}
	return false
}

// verbParticiple reports whether w is a verb's past participle: a
// regular -ed form, or an irregular one WordNet lists with a verb base.
func (e *Engine) verbParticiple(w string) bool {
	if stopWords[w] {
		return false
	}
	if endsIn(w, "ed") {
		return true
	}
	if e.noLex {
		return false // without WordNet, only the regular form is known
	}
	b := e.lex.Lemma(w)
	return b != "" && b != w && e.canBe(b, "verb")
}
