package lookup

import "strings"

// A verb of saying reports what was said in a clause ("confirmed she
// died", "confirmed that the bakery was sold"; Quirk et al. 1985, §16.31
// and §14.21 on reporting verbs and their that-clauses). A verb WordNet
// files under saying only in one of its senses ("vote": express; "sue":
// challenge, contend) asks of no statement when what follows it is a
// noun phrase or a prepositional phrase ("who voted against hiring her",
// "who sued the county"): the question is then not "who said …".

// reportedClauseOpeners are the words that open a reported clause: the
// complementisers and the subject pronouns (closed-class English
// function words; Quirk et al., §15.3 and §6.3).
var reportedClauseOpeners = set("that", "whether", "if", "he", "she", "they", "it", "we", "i", "you", "there")

// reportedClauseAfter reports whether the question's verb t is followed
// by a clause: a word that opens one, or a finite verb of being or an
// auxiliary later on ("the bakery was sold"), or nothing, the content
// being given by the thread ("who confirmed"). A phrasal verb's particle
// is part of the verb (Quirk et al., §16.2-16.4), so what follows "handed
// out" is what follows the particle: "who handed out the fine" reports
// no clause.
func reportedClauseAfter(q *query, t term) bool {
	words := strings.Fields(t.lower)
	for i := range q.toks {
		if len(words) == 0 || !matchForm(q.toks, i, words) {
			continue
		}
		i += len(words) - 1
		if i+1 >= len(q.toks) || reportedClauseOpeners[q.toks[i+1].lower] {
			return true
		}
		for _, w := range q.toks[i+2:] {
			if beForms[w.lower] || auxiliaries[w.lower] {
				return true
			}
		}
		return false
	}
	return true
}
