package lookup

// "Cause" as a noun (part of stage 4, reasons). "The cause was an algae
// bloom", "a broken refrigerator was the likely cause": after an article
// or a possessive determiner, with at most one premodifier between,
// "cause" heads a noun phrase (Quirk et al., §5.12 on the central
// determiners, §17.2 on the noun phrase's premodifiers), and the sentence
// names the cause as the noun's complement or subject: it is not an
// active verb of causing whose object tells only the effect
// (causedeffect.go).

// nounDeterminers are the articles and possessive determiners (Quirk et
// al., §5.12), which open only a noun phrase; "that" and "which", which
// may be relative pronouns before a verb, are left out.
var nounDeterminers = set("a", "an", "the", "its", "their", "his", "her")

// causeNounAt reports whether token i of s, a word of causing, is a noun:
// a determiner stands right before it or one word before that.
func causeNounAt(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if nounDeterminers[s.toks[k].lower] {
			return true
		}
		if commaBefore(s, k+1) {
			return false
		}
	}
	return false
}
