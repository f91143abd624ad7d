package lookup

import (
	"strings"
)

// "What was the fine for?" and "what was he fined for?" ask the
// complement of "for" that the act takes: the wh-word stands for the
// object of a preposition left stranded at the end of the question
// (Quirk et al., A Comprehensive Grammar, §9.6), and "for" after a verb
// or noun of judging, rewarding or punishing names its cause or reason
// (§9.44-9.45; Merriam-Webster, "for", sense 5: "because of"). News copy
// writes that phrase in the sentence that tells the act, after the act's
// object and amount ("fined the railroad $4.2 million for repeated
// failures to inspect brakes"), often several words on, while a later
// sentence that names the act only as a noun ("the fine was overdue")
// or reacts to it gives no reason. The question may name the act by its
// noun and the article by its verb, or the other way round: English
// makes one from the other by conversion (§I.31, "a fine", "to fine"),
// and both share the dictionary form. A "for" followed by a number is one
// of duration or price ("suspended for 10 games", §9.41), not of cause.
// The first sentence that tells the act with such a phrase answers, the
// inverted pyramid putting the fullest telling first (AP Stylebook).
// A time adjunct may follow the stranded preposition ("what was he fined
// for in 2021").

// forAsked matches a what-question whose last word, before an optional
// time adjunct, is a stranded "for", capturing the word before it.
var forAsked = lazyRE(`(?i)^\W*what\b.*?\s(\w+)\s+for(?:\s+(?:in|on|last|this)\s+\w+|\s+(?:yesterday|today))?\W*$`)

// forReach is how many words after the act its "for" may stand: an
// object, an amount and an agent or place may come between ("fined
// $1,500 by customs officers in Houston for").
const forReach = 9

// strandedFor answers "what was X fined for" with the phrase after the
// "for" of the first sentence that tells the act with one.
func (e *Engine) strandedFor(q *query) (reply, bool) {
	m := forAsked.FindStringSubmatch(q.raw)
	if m == nil || e.noLex {
		return reply{}, false
	}
	w := strings.ToLower(m[1])
	if stopWords[w] || auxiliaries[w] || beForms[w] || lightVerbs[w] || !e.verbForm(w) {
		return reply{}, false // "what was it for", "what did they go for": no act of its own
	}
	base := e.baseVerb(w)
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || len(q.subjects) > 0 && !mentionsAll(s, q.subjects) {
			continue
		}
		if p := e.forPhrase(s, base); p != "" {
			return reply{found: true, head: capitalise(p) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// forPhrase is the phrase after the "for" that follows a form of the act
// base in s, within forReach words and inside its clause, outside a
// quotation, to the end of that clause; "" when s has none.
func (e *Engine) forPhrase(s *sentence, base string) string {
	for k, t := range s.toks {
		if quotedAt(s, k) || e.baseVerb(t.lower) != base {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+forReach; j++ {
			if punctuatedBetween(s.text, s.toks, j) || relativePronouns[s.toks[j].lower] {
				break
			}
			if s.toks[j].lower != "for" {
				continue
			}
			if j+1 >= len(s.toks) || isNumeric(s.toks[j+1]) || numberWords[s.toks[j+1].lower] > 0 {
				break // "suspended for 10 games": a span, not a cause
			}
			return forClause(s.text[s.toks[j].end:])
		}
	}
	return ""
}

// forClause is text up to the end of its clause: a comma, semicolon,
// colon, dash or parenthesis, or the sentence's final stop.
func forClause(text string) string {
	if cut := strings.IndexAny(text, ",;:(—"); cut >= 0 {
		text = text[:cut]
	}
	return strings.TrimRight(strings.TrimSpace(text), ".")
}
