package lookup

import "strings"

// "How many of them" (part of stage 2). "Many" followed by an
// of-phrase whose complement is a personal or demonstrative pronoun is
// the partitive of a set the conversation has named (Quirk et al. 1985,
// §5.9 and §6.51 on "many of them"; §6.40 on the demonstratives
// "these" and "those" as pronouns): the pronoun is no noun the answer
// counts, and what follows it is said of the part, as "how many had
// never rowed at sea" says it. So the counted phrase is read past "of
// them", and a verb next leaves "many" the subject with no noun of its
// own (fusedcount.go).

// partitivePronouns are the object pronouns of the personal pronouns in
// the plural and the plural demonstratives (Quirk et al. 1985, §6.2 and
// §6.40) that complement "of" in a partitive.
var partitivePronouns = set("them", "us", "you", "those", "these", "em", "'em")

// pronounPartitiveRest is what follows "of" and a partitive pronoun at
// the start of rest ("of them had never rowed": "had never rowed"); ok
// is false when rest does not open so.
func pronounPartitiveRest(rest string) (string, bool) {
	f := strings.Fields(rest)
	if len(f) < 2 || strings.ToLower(f[0]) != "of" || !partitivePronouns[strings.ToLower(strings.Trim(f[1], "?!.,"))] {
		return "", false
	}
	return strings.Join(f[2:], " "), true
}
