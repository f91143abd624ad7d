package lookup

import "slices"

// Rates asked by their noun (part of stage 2). "What's the unemployment
// rate", "what was the rate of inflation": a copular what-question whose
// subject is headed by "rate" asks the rate's value, not a passage about
// it. The head of a compound noun is its last noun, the rest says which
// rate (Quirk et al., §17.104, premodification by nouns), and a rate of
// the economy or of a population (unemployment, inflation, interest,
// participation, tax) is a ratio that news writing gives as a percentage
// (AP Stylebook, "percent": "the unemployment rate rose to 4.1%"; WordNet
// 3.0, rate.n.02, "amount of a charge or payment relative to some basis").
// The question so asks a percentage when the article gives its rates as
// percentages; a rate the article gives in money ("a tax rate of $37.98
// per $1,000") or another unit is left to the passage that states it.

// rateAsked reports whether the question, as lower-case words with "what's"
// written out, asks "what is/was [the …] rate": "what" and a form of "be"
// open it, "rate" heads its subject, and only a prepositional
// postmodifier ("of inflation") or an adverb of time ("now", "currently")
// follows.
func rateAsked(words []string) bool {
	words = dropChat(words)
	if len(words) < 3 || words[0] != "what" || !copulaForms[words[1]] {
		return false
	}
	at := slices.IndexFunc(words, func(w string) bool { return w == "rate" || w == "rates" })
	if at < 2 {
		return false
	}
	for _, w := range words[2:at] {
		if auxiliaries[w] || whWords[w] {
			return false // "what was the bank's reason to raise the rate": the rate is not the subject
		}
	}
	rest := words[at+1:]
	if len(rest) > 0 && rest[0] == "of" {
		return true // "the rate of inflation": a postmodifier says which rate
	}
	return !slices.ContainsFunc(rest, func(w string) bool { return !closesTime(w) })
}

// copulaForms are the finite forms of "be" a copular question opens with
// (Quirk et al., §3.20, the forms of the primary verb "be").
var copulaForms = set("is", "was", "are", "were")

// rateTimeWords are the adverbs and adverbials of time that may close a
// question about a rate's present or past value without changing what it
// asks ("what's the jobless rate now", "… right now", "… at the moment",
// "… a year ago", "… two years earlier", "… last quarter"; closed-class
// English time adverbs, Quirk et al., §8.51, and the time-position
// adjuncts a measure of time makes with "ago", "earlier" or "before" and
// "last" makes with a unit or with "time", the occasion before, §8.54).
var rateTimeWords = set("now", "currently", "today", "then", "right", "at", "the", "moment", "these", "days", "still", "anymore", "this", "month", "year", "week", "quarter",
	"months", "years", "weeks", "quarters", "a", "an", "ago", "earlier", "before", "last", "previous", "prior", "time")

// closesTime reports whether w may close a question's time adjunct: one of
// rateTimeWords, or a number that measures its unit ("two years ago").
func closesTime(w string) bool {
	_, n := numberWords[w]
	return rateTimeWords[w] || n || isDigits(w)
}

// rateType is the answer type of a question that asks a rate's value:
// a percentage when the article gives its rates as percentages, the
// passage otherwise. The article's own sentences that name a rate say
// its unit: one with a sum of money gives some rate in money ("raised the
// tax rate by 3.5%, from $36.70 to $37.98 per $1,000", where the
// percentage is the change, not the rate), and a rate in another unit is
// left to the passage that states it.
func (e *Engine) rateType() answerType {
	percent := false
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !slices.ContainsFunc(s.toks, func(t token) bool { return t.lower == "rate" || t.lower == "rates" }) {
			continue
		}
		if slices.ContainsFunc(s.nums, func(n quantity) bool { return n.kind == qMoney }) {
			return tPassage
		}
		percent = percent || slices.ContainsFunc(s.nums, func(n quantity) bool { return n.kind == qPercent })
	}
	if percent {
		return tPercent
	}
	return tPassage
}
