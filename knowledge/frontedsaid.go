package knowledge

import "strings"

// A reporting verb that opens its sentence has its subject after it:
// "Said Chief Petty Officer Nolan Reyes, the rescue swimmer: \"…\"" and
// "Added the boat's owner, Ruth Albee: \"…\"". In a reporting clause
// the subject may follow the verb (Quirk et al. 1985, §15.50 on direct
// speech: "said John" beside "John said"), and news writing puts such an
// inverted clause, ending in a colon, before the quotation it introduces
// (AP Stylebook, "colon": a colon introduces a direct quotation). Read
// as an ordinary clause the verb had no subject before it, and the
// quotation no speaker. A fronted participle ("Told of the ruling,
// Cole laughed") is no such clause: a preposition, "that" or "whether"
// follows it, not the subject's noun phrase.

// subjectOpeners may open the noun phrase of an inverted subject: the
// articles and possessive determiners (Quirk et al. 1985, §5.10 on
// central determiners); any other such phrase opens with a capital, a
// name or a title.
var subjectOpeners = toSet("the", "a", "an", "his", "her", "their", "its", "our", "my", "your")

// invertedOpening reports whether the reporting verb at token v opens its
// sentence with its subject after it: the next word, in the same
// sentence and with only a space between, opens a noun phrase.
func invertedOpening(p *para, v int) bool {
	if !isCapitalised(p.toks[v].s) || v+1 >= len(p.toks) || p.toks[v+1].sent != p.toks[v].sent || !spaceOnly(p.gap(v+1)) {
		return false
	}
	next := p.toks[v+1].s
	return subjectOpeners[strings.ToLower(next)] || isCapitalised(next)
}
