package lookup

import "strings"

// The agent by-phrase of a passive, as the clause's new information,
// goes to its end (Quirk et al. 1985, §18.9 on end-focus, and §3.67):
// the adjuncts of place and time come between it and the participle,
// however long they run ("Gary Lindqvist was found near a creek about
// four miles from the trail by a volunteer dog handler"). byAfter reads
// only a short stretch; lateBy reads the whole clause, so long as no
// other verb form opens a clause of its own there ("found in a house
// owned by …": the house was owned). Likewise a lead that tells the
// headline's act in the passive ("A hiker … was found alive Thursday")
// makes the person it identifies late the one the act was done to
// (§3.63), not its doer (headlinedoer.go).

// lateBy is the index of the by-phrase's "by" after the passive
// participle at i, anywhere before the clause ends, with no word between
// that could be another verb's participle or a relative pronoun; -1 when
// there is none.
func (e *Engine) lateBy(s *sentence, i int) int {
	for j := i + 1; j < len(s.toks); j++ {
		if strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;.—") {
			return -1 // the clause has ended
		}
		w := s.toks[j].lower
		switch {
		case w == "by":
			return j
		case relativePronouns[w] || !s.toks[j].cap && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) && e.canBe(w, "verb"):
			return -1 // "a house owned by …": the by-phrase is another verb's
		}
	}
	return -1
}
