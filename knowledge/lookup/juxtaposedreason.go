package lookup

// A reason told by the next sentence without a word of cause (part of
// stage 4, reasons). English leaves the relation between two juxtaposed
// sentences to the reader, and reads the second as the explanation of the
// first when what it tells came before it or held at its time ("Max fell.
// John pushed him.": Lascarides and Asher, "Temporal Interpretation,
// Discourse Relations and Commonsense Entailment", Linguistics and
// Philosophy 16, 1993, on Explanation and Background). News writing tells
// an event and gives its reason in the sentence after it so: a sentence in
// the past perfect ("It closed in March. Inspectors had found mold in the
// walls."), a past event after a present or future one ("Attendance is
// expected to be lower. Many fans bought tickets for Saturday."), a state
// of excess ("The grass course was too soft to hold them safely": "too"
// with an infinitive clause of excess, Quirk et al., 1985), the reason
// named as a noun ("The reason is that …", "That's why …"), or the
// speaker's own words quoted after a report of what they said or felt. A
// why-question whose event sentence gives no cause is answered by that
// sentence, reason first.

// namedReason names a reason as the subject or complement of "be"
// ("The reason is that …", "The reason, she said, was …", "That's why
// …"): the noun "reason" (WordNet reason n. 1, "a rationale for a belief
// or act") and the relative "why" after a demonstrative.
var namedReason = lazyRE(`(?i)\b(?:the|one|another|main|chief|only|its|their|his|her)\s+(?:[a-z]+\s+)?reasons?\b[^.;:"“”]{0,80}?\s(?:is|was|are|were)\b|\b(?:that|this)(?:'s|’s|\s+is|\s+was)\s+why\b|\bwhich\s+(?:is|was)\s+why\b`)

// sequelOpeners open a sentence that adds to the one before or goes on
// from it rather than explaining it: the additive and sequential
// conjuncts and the adversatives (Quirk et al., §8.137–8.138 on
// additive, enumerative and transitional conjuncts).
var sequelOpeners = set("also", "then", "later", "meanwhile", "afterward", "afterwards",
	"next", "finally", "instead", "and", "besides", "moreover", "separately", "still")

// juxtaposedReason is the sentence after sentence i, in its paragraph,
// that explains it with no word of cause, or nil.
func (e *Engine) juxtaposedReason(i int) *sentence {
	n := i + 1
	if i < 0 || n >= len(e.r.sents) || e.r.sents[i].para == 0 || e.r.sents[n].para != e.r.sents[i].para {
		return nil
	}
	s, next := &e.r.sents[i], &e.r.sents[n]
	if len(next.toks) == 0 || namedReason.MatchString(next.text) {
		if len(next.toks) == 0 {
			return nil
		}
		return next
	}
	if contrastOpeners[next.toks[0].lower] || sequelOpeners[next.toks[0].lower] || tellsFuture(next) || additive(next) {
		return nil
	}
	switch {
	case e.pastPerfectAt(next) >= 0 && e.pastPerfectAt(s) < 0:
		return next // an earlier event
	case presentOrFuture(s) && e.firstVerbPast(next):
		return next // an earlier event told after a present or future one
	case excessDegree(next):
		return next // a state that ruled the event out
	case opensWithQuotation(next) && hasUnquotedSpeech(s):
		return next // the speaker's own words after the report of them
	}
	return nil
}

// additiveWords mark a sentence as telling a further fact of the same
// kind as the one before, not its reason: the additive adverbs "also",
// "too" and "as well", and the emphatic reflexives after a verb ("was
// suspended herself": she too) (Quirk et al., 1985, on additive
// subjuncts and emphatic reflexive pronouns).
var additiveWords = set("also", "too", "herself", "himself", "itself", "themselves")

// additive reports whether s, outside quotation marks, has an additive
// word or ends with "as well".
func additive(s *sentence) bool {
	for k, t := range s.toks {
		if !additiveWords[t.lower] || quotedAt(s, k) {
			continue
		}
		if t.lower != "too" || k+1 >= len(s.toks) || commaBefore(s, k+1) {
			return true // "too" at the end of its clause; before an adjective it is of degree ("too soft")
		}
	}
	n := len(s.toks)
	return n >= 2 && s.toks[n-2].lower == "as" && s.toks[n-1].lower == "well"
}

// hasUnquotedSpeech reports whether s has a verb of saying outside
// quotation marks: it reports speech or a stance.
func hasUnquotedSpeech(s *sentence) bool {
	for k, t := range s.toks {
		if speechVerbs[t.lower] && !quotedAt(s, k) {
			return true
		}
	}
	return false
}

// opensWithQuotation reports whether s begins inside quotation marks.
func opensWithQuotation(s *sentence) bool {
	return len(s.toks) > 0 && quotedAt(s, 0)
}

// pastPerfectAt is the index of a "had" outside quotation marks followed,
// past at most two adverbs, by a past participle, or -1.
func (e *Engine) pastPerfectAt(s *sentence) int {
	for k, t := range s.toks {
		if t.lower != "had" || quotedAt(s, k) {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			w := s.toks[j].lower
			if w == "been" || e.pastForm(w) {
				return k
			}
			if !e.canBe(w, "adv") {
				break
			}
		}
	}
	return -1
}

// presentTense are the finite forms of the primary verbs and modals in
// present or future time.
var presentTense = set("is", "are", "am", "does", "do", "has", "have", "will", "'ll", "shall",
	"isn't", "aren't", "doesn't", "don't", "hasn't", "haven't", "won't")

// presentOrFuture reports whether s, outside quotation marks, has a verb
// in present or future time.
func presentOrFuture(s *sentence) bool {
	for k, t := range s.toks {
		if presentTense[t.lower] && !quotedAt(s, k) {
			return true
		}
	}
	return tellsFuture(s)
}

// pastFinite are the past forms of the primary verbs.
var pastFinite = set("was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't")

// firstVerbPast reports whether the first finite verb of s, outside
// quotation marks, is in the past: a past form of "be", "have" or "do",
// or a past form of a lexical verb with no auxiliary before it.
func (e *Engine) firstVerbPast(s *sentence) bool {
	for k, t := range s.toks {
		if quotedAt(s, k) {
			continue
		}
		switch {
		case pastFinite[t.lower]:
			return true
		case presentTense[t.lower] || futureModals[t.lower]:
			return false
		case k > 0 && e.finitePast(t.lower) && !auxiliaryBefore(s.toks[k-1].lower):
			return true
		}
	}
	return false
}

// excessDegree reports whether s holds "too" before an adjective and a
// to-infinitive, the clause of excess ("too soft to hold them").
func excessDegree(s *sentence) bool {
	for k := 0; k+3 < len(s.toks); k++ {
		if s.toks[k].lower != "too" {
			continue
		}
		for j := k + 2; j < len(s.toks) && j <= k+4; j++ {
			if s.toks[j].lower == "to" {
				return true
			}
		}
	}
	return false
}
