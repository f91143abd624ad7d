package lookup

import "strings"

// A "when" inside a yes/no question (part of stage 2). A question opened
// by an operator, an auxiliary fronted before its subject, is a yes/no
// question (Quirk et al., §11.5), and a "when" later in the same clause
// opens an adverbial clause of time (§15.25) that says which occasion
// the question is about, not what it asks: "was anyone hurt when the jet
// slid" asks whether anyone was hurt. The "when" asks a time only when
// it opens a nominal wh-clause (ch. 15 on nominal clauses): the object
// of a verb of knowing, saying or asking ("did they say when the runway
// reopens", "do we know when") or of a preposition ("any word on
// when"), or when it closes the question or follows a coordinator and so
// asks anew ("has this happened before? when", "is it open and when").

// wantsWhClause are verbs and adjectives of knowing, saying and asking
// that take a wh-clause as their object or complement (Quirk et al.,
// chs. 15–16 on nominal clauses as object and complement), and the
// nouns of "any idea when", "any word when".
var wantsWhClause = set("say", "says", "said", "tell", "tells", "told", "know", "knows", "knew",
	"known", "ask", "asks", "asked", "mention", "mentions", "mentioned", "announce", "announced",
	"explain", "explained", "decide", "decided", "report", "reported", "specify", "specified",
	"indicate", "indicated", "reveal", "revealed", "confirm", "confirmed", "wonder", "sure",
	"clear", "idea", "word", "clue", "note", "noted", "give", "gave")

// operatorWhen reports whether the "when" at byte loc of question s,
// a question opened by an operator, opens an adverbial clause of time
// rather than a nominal clause asking a time.
func operatorWhen(s string, loc int) bool {
	return timeClauseAfter(strings.Fields(s[:loc]), strings.Fields(s[loc:]))
}

// timeClauseAfter reports whether a "when" that follows the question's
// words before and opens its words from (the "when" itself first) opens
// an adverbial clause of time inside a yes/no question.
func timeClauseAfter(before, from []string) bool {
	if len(before) < 2 || len(from) < 2 || !auxiliaries[before[0]] {
		return false // a closing "when" asks anew: "has this happened before? when"
	}
	prev := before[len(before)-1]
	if prev == "and" || prev == "or" || prev == "but" {
		return false // a new question: "is it open and when"
	}
	return !wantsWhClause[prev] && !prepositions[prev]
}

// occasionWhen is the index in q.toks of a "when" that opens an
// adverbial clause of time in the yes/no question q, or -1.
func occasionWhen(q *query) int {
	words := lowerWords(q.toks)
	from := len(words) - len(dropChat(words))
	for j := from + 1; j < len(words); j++ {
		if words[j] == "when" && timeClauseAfter(words[from:j], words[j:]) {
			return j
		}
	}
	return -1
}

// inOccasionClause reports whether sentence token t meets a word of the
// yes/no question's clause of time and no word before it: a word that
// places the question in time ("when the jet skidded") and is not the
// act it asks about ("was anyone injured").
func inOccasionClause(q *query, t token) bool {
	j := occasionWhen(q)
	if j < 0 {
		return false
	}
	met := false
	for k, w := range q.toks {
		if w.meets(t.stem) {
			if k < j {
				return false
			}
			met = true
		}
	}
	return met
}
