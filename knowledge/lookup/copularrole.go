package lookup

import (
	"strings"
)

// A description by a copula (part of stage 1, roles): a sentence that
// opens with a person's name and goes on "is a" or "was an" with a noun
// phrase ("Marian Voss is a former high school chemistry teacher.")
// classifies the person as the appositive does: the subject complement
// of a copula characterises the subject (Quirk et al., A Comprehensive
// Grammar, §10.8 and §16.20 on the subject complement), and news copy
// gives background on a person so, in a sentence of its own, when the
// first reference had no room for it.

// copularRole is "is a" or "was an" and an indefinite noun phrase right
// after a name, up to a comma, a semicolon or the sentence's end.
var copularRole = lazyRE(`^\s+(?:is|was)\s+((?:a|an)\s[^,;:"“”()]*?)(?:,|;|\.$|\.\s|$)`)

// copulaDescription is the noun phrase a copula gives the person named
// at the opening of a sentence (before holds nothing but spaces), up to
// its head: a postmodifier after a preposition or a relative pronoun
// ("a key player in Trump's campaign") ties the person to what it
// names, and the class is what the copula says of them; or "".
func copulaDescription(before, after string) string {
	if strings.TrimSpace(before) != "" {
		return ""
	}
	m := copularRole.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	f := strings.Fields(m[1])
	for k, w := range f {
		if k > 1 && (prepositions[w] || relativePronouns[w] || w == "in" || w == "of") {
			return strings.Join(f[:k], " ") // "a key player in Trump's campaign": the player
		}
	}
	return m[1]
}
