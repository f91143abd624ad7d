package lookup

import "strings"

// An act told as done cannot date one still to come (part of stage 4):
// "when will the full Senate vote" is not answered by "The committee voted
// 14-8 on Thursday" nor by "The House passed its version in May". The
// simple past places its act before the time of writing (Quirk et al.,
// §4.11–4.14), and a time adjunct of position dates the verb of its own
// clause (§8.49–8.52), so a time so placed after a verb in the simple
// past says nothing of when an act will happen. A time after "for",
// "until", "by" and the like may look ahead of a past verb ("postponed
// the vote until March", "scheduled it for Tuesday": §9.27–9.35, the
// prepositions of duration and of time relation) and is kept.

// positionTimePrepositions open a time adjunct of position, the time at
// which the clause's act happened (Quirk et al., §9.29: at, on, in).
var positionTimePrepositions = set("on", "in", "at")

// pastDatedSpan reports whether time span sp of s dates a verb in the
// simple past: the span is a bare time or opens with a preposition of
// time position, and the nearest verb before it in its clause, within six
// words and no punctuation, is a finite past form with no auxiliary
// before it but the simple past passive's "was" ("was convicted in
// 2019", pastPassiveAt), and no verb of schedule or intention ("set",
// "planned");
// a future modal, a verb of intention or an infinitive's "to" between
// them gives the span a verb of its own ("said he would tour the farms
// on Wednesday"). A span bounded by "until", "till" or "through"
// (boundsState, eventtime.go) is no time of position, whether the
// preposition is in the span or, as the time reader leaves "through"
// out, right before it: "would honor passes bought in October through
// the end of December" runs the honoring to the end of December, past
// the buying verb before it.
func (e *Engine) pastDatedSpan(s *sentence, sp []int) bool {
	if e.noLex {
		return false
	}
	first := strings.ToLower(strings.Fields(s.text[sp[0]:sp[1]] + " x")[0])
	if boundsState(s, sp) {
		return false // "honor passes bought in October through the end of December": the terminus, which may lie ahead of the verb
	}
	if prepositions[first] && !positionTimePrepositions[first] || phraseEnders[first] && !positionTimePrepositions[first] {
		return false
	}
	k := 0
	for k < len(s.toks) && s.toks[k].start < sp[0] {
		k++
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if punctuatedBetween(s.text, s.toks, j+1) && j+1 < k {
			return false
		}
		w := s.toks[j].lower
		if futureModals[w] || intentionVerbs[w] || w == "to" {
			return false // "would tour the farms on Wednesday", "plans to vote on Friday": a verb of the future stands nearer
		}
		if stopWords[w] || isNumeric(s.toks[j]) || !e.verbForm(w) {
			continue
		}
		if !e.finitePast(w) {
			if e.onlyVerb(w) {
				return false // another verb of the clause stands nearer
			}
			continue
		}
		if scheduleVerbs[w] || intentionVerbs[w] || j > 0 && auxiliaryBefore(s.toks[j-1].lower) && !pastPassiveAt(s.toks, j) {
			return false
		}
		return true
	}
	return false
}

// auxiliaryBefore reports whether w, standing before a past form, makes
// it a participle or a base: a form of "be" or "have", a modal, or "did".
func auxiliaryBefore(w string) bool {
	return beForms[w] || haveForms[w] || futureModals[w] || whenVerbAuxiliaries[w]
}

// finitePast reports whether w is a past form of a verb other than its
// base: a regular one in -ed, or an irregular one WordNet gives another
// base for ("went": go); none in -s or -ing.
func (e *Engine) finitePast(w string) bool {
	if strings.HasSuffix(w, "ed") && e.canBe(w, "verb") {
		return true // "replaced", whose stem "replac" is no verb
	}
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || e.baseVerb(w) == w || !e.canBe(e.baseVerb(w), "verb") {
		return false
	}
	return strings.HasSuffix(w, "ed") || e.lex.Lemma(w) != ""
}

// dropPastDatedTimes drops, for a question about the future (a future
// modal or verb of intention, or the simple present of a fixed
// arrangement, "when does he go to court": asksFutureTime), the time
// spans that date a verb in the simple past (pastDatedSpan).
func (e *Engine) dropPastDatedTimes(q *query, s *sentence, spans [][]int) [][]int {
	if !e.asksFutureOf(q, s) {
		return spans
	}
	return keepSpans(spans, func(sp []int) bool { return !e.pastDatedSpan(s, sp) })
}

// pastPassiveAt reports whether the participle at j of toks follows a
// past form of "be" that is itself the finite verb, no modal or "have"
// before it ("was convicted in 2019"): the simple past passive, whose
// tense the auxiliary carries (Quirk et al., §3.63 on the passive
// auxiliary, §4.11 on the simple past), dates its act before the time of
// writing as the active's past form does.
func pastPassiveAt(toks []token, j int) bool {
	if j < 1 || toks[j-1].lower != "was" && toks[j-1].lower != "were" {
		return false
	}
	return j < 2 || !auxiliaryBefore(toks[j-2].lower)
}
