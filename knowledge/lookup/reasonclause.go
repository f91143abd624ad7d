package lookup

import "strings"

// Reasons given by a clause rather than a subordinator (part of stage 4,
// reasons). News writing gives an actor's grounds in a participle clause
// of speaking after the main clause ("vetoed the increase Thursday,
// calling it 'a tax on every family'"; "declined, saying the plan cost
// too much"): a supplementive clause whose relation to the main clause is
// left to the reader, most often reason (Quirk et al., §15.60–15.61). It
// gives a purpose in an infinitive clause set off by a comma or opening
// the sentence ("…, to collect on a $900,000 insurance policy"; "To ease
// traffic, police will …") or after "in order" or "so as" (Quirk et al.,
// §15.48–15.49, clauses of purpose).

// framingParticiples are the -ing forms of the verbs of saying and
// arguing that open a supplementive clause giving the actor's grounds
// (Quirk et al., §16.31–16.32, the public factual verbs).
var framingParticiples = set("calling", "saying", "arguing", "contending", "noting", "warning",
	"insisting", "claiming", "complaining", "explaining", "describing", "blaming")

// purposeOpeners come before "to" in a clause of purpose ("in order to",
// "so as to").
var purposeOpeners = set("order", "as")

// givesReasonClause reports whether s holds a supplementive participle
// clause of saying or an infinitive clause of purpose.
func givesReasonClause(s *sentence) bool {
	for i, t := range s.toks {
		switch {
		case framingParticiples[t.lower] && i > 0 && commaBefore(s, i):
			return true
		case judgingClauseAt(s, i):
			return true // "struck down the ordinance, ruling that it discriminated" (judgingclause.go)
		case t.lower == "to" && purposeInfinitive(s, i):
			return true
		}
	}
	return false
}

// purposeInfinitive reports whether the "to" at token i opens an
// infinitive clause of purpose: after a comma, at the head of the
// sentence, or after "in order" or "so as"; the word after it a verb, so
// not a determiner, a pronoun, a figure or a name ("…, to the north").
func purposeInfinitive(s *sentence, i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	opened := i == 0 || commaBefore(s, i) ||
		i >= 2 && purposeOpeners[s.toks[i-1].lower] && (s.toks[i-2].lower == "in" || s.toks[i-2].lower == "so")
	if !opened {
		return false
	}
	v := s.toks[i+1]
	if v.cap && i > 0 || determiners[v.lower] || personalPronouns[v.lower] || backReferences[v.lower] || startsWithDigit(v.lower) {
		return false
	}
	return i > 0 || s.toks[0].cap && strings.Contains(s.text[s.toks[i+1].end:], ",")
}

// commaBefore reports whether a comma stands between token i and the
// token before it.
func commaBefore(s *sentence, i int) bool {
	return i > 0 && strings.Contains(s.text[s.toks[i-1].end:s.toks[i].start], ",")
}
