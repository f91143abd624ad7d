package lookup

// Verbs of refusal and failure (part of stage 4, yes/no): refuse,
// decline, fail, neglect take a to-infinitive whose act they deny: fail
// and neglect are negative implicative verbs (Karttunen, "Implicative
// Verbs", Language 47, 1971), and refuse and decline are "-/o" verbs
// whose complement is false when the verb is asserted (Nairn, Condoravdi
// and Karttunen, "Computing relative polarity for textual inference",
// 2006). leftopen.go and settledahead.go read these lists.

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

// partialVerdict is the verdict a sentence that holds only part of the
// question's words still gives: an act settled ahead (settledahead.go),
// else the verdict asked of a described person (describedyesno.go).
func (e *Engine) partialVerdict(q *query, s *sentence, c candidate) (reply, bool) {
	if r, ok := e.settledAhead(q, s, c); ok {
		return r, true // "can I take it back to the store": "customers may return the heaters to any store" (settledahead.go)
	}
	return e.describedYesNo(q)
}
