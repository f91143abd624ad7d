package lookup

// Acts refused (part of stage 4, yes/no): "is the insurer paying?" when
// the article says "the insurer has refused to pay the claim". A verb of
// refusal or failure followed by its to-infinitive — refuse, decline,
// fail, neglect — entails that the infinitive's act was not done: fail
// and neglect are negative implicative verbs (Karttunen, "Implicative
// Verbs", Language 47, 1971), and refuse and decline are "-/o" verbs
// whose complement is false when the verb is asserted (Nairn, Condoravdi
// and Karttunen, "Computing relative polarity for textual inference",
// 2006). failure.go reads a failure verb that stands close before the
// asked word; this reads the whole infinitive clause after "to", where
// the question may ask in its own verb of a word later in it ("did the
// union get its pensions back": "failed to win back the pension
// contributions").

// refusalVerbs are the forms of the verbs of refusal and failure that
// take a to-infinitive whose act they deny (Karttunen 1971; Nairn et al.
// 2006, the "-/o" and "-/+" classes).
var refusalVerbs = set("refuse", "refuses", "refused", "refusing", "decline", "declines",
	"declined", "declining", "fail", "fails", "failed", "failing", "neglect", "neglects",
	"neglected", "neglecting")

// infinitiveEnds are the words that end an infinitive clause before a
// matched word: a coordinator or a relative or complement word opens
// another clause (Quirk et al. 1985, §13.1, §15.2).
var infinitiveEnds = set("and", "but", "or", "that", "which", "who", "whom", "whose",
	"while", "because", "after", "before", "when", "although", "though", "if")

// refusedAct reports whether a matched word of s stands in the
// to-infinitive of a verb of refusal or failure ("has refused to pay the
// claim"), within six words of "to" and in the same clause, and the verb
// itself is not negated ("never refused to pay"). A question that asks
// about the refusal itself ("did the insurer refuse to pay") is answered
// by the words it uses, so it is left alone.
func (e *Engine) refusedAct(q *query, s *sentence, matched []int) bool {
	for _, t := range q.toks {
		if refusalVerbs[t.lower] {
			return false
		}
	}
	for _, m := range matched {
		if k := refusalBefore(s, m); k >= 0 && !negatedVerb(s, k) {
			return true
		}
	}
	return false
}

// refusalBefore is the token of a verb of refusal whose to-infinitive
// holds token m of s, or -1.
func refusalBefore(s *sentence, m int) int {
	for j := m - 1; j >= 1 && j >= m-7; j-- {
		if commaBetween(s, j, j+1) || infinitiveEnds[s.toks[j].lower] {
			return -1
		}
		if s.toks[j].lower == "to" && refusalVerbs[s.toks[j-1].lower] {
			return j - 1
		}
	}
	return -1
}

// refusedByAsked reports whether s tells the asked act refused by the
// asked doer, where the sentence holds only part of the question's words
// ("is the insurance company paying": "Albescu's insurer … has refused to
// pay the claim"): a matched word is the verb right after the "to" of a
// verb of refusal or failure, and another matched word stands before
// that verb, as its subject in the usual order of English (Quirk et al.
// 1985, §2.13).
func refusedByAsked(q *query, s *sentence, matched []int) bool {
	for _, t := range q.toks {
		if refusalVerbs[t.lower] {
			return false
		}
	}
	for _, m := range matched {
		if m < 2 || s.toks[m-1].lower != "to" || !refusalVerbs[s.toks[m-2].lower] || negatedVerb(s, m-2) {
			continue
		}
		for _, d := range matched {
			if d < m-2 {
				return true
			}
		}
	}
	return false
}

// partialVerdict is the verdict a sentence that holds only part of the
// question's words still gives: No when it tells the asked act refused
// by the asked doer, else the verdict asked of a described person
// (describedyesno.go).
func (e *Engine) partialVerdict(q *query, s *sentence, c candidate) (reply, bool) {
	if !q.negated && refusedByAsked(q, s, c.matched) {
		return reply{found: true, head: "No —", used: []*sentence{s}}, true
	}
	if e.anyoneCounted(q, s, c.matched) {
		return reply{found: true, head: "Yes —", used: []*sentence{s}}, true // "was anyone hurt": "two firefighters suffered minor injuries" (anyonecounted.go)
	}
	if r, ok := e.settledAhead(q, s, c); ok {
		return r, true // "can I take it back to the store": "customers may return the heaters to any store" (settledahead.go)
	}
	return e.describedYesNo(q)
}
