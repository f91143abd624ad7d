package lookup

// Definite general nouns (part of stage 2): "the guy", "the woman". A
// general noun for a person with the definite article and nothing to
// describe it refers back like a personal pronoun: it is reiteration by a
// general word, "on the borderline between lexical and grammatical
// cohesion" (Halliday and Hasan, "Cohesion in English", 1976, §6.2–6.3:
// "the man", "the boy", "the girl" as anaphoric general nouns). Asked of
// a story with nothing before it, "how old is the guy" is "how old is he".

// gendered general nouns of generalHumanNouns, by the gender of the
// pronoun they stand in for (Halliday and Hasan, §6.2, with the
// colloquial forms). Kinship nouns ("mom", "father") are left out: they
// are relational and name someone's relative, not the story's subject.
var generalNounGender = map[string]byte{"man": 'm', "guy": 'm', "boy": 'm', "dude": 'm', "fella": 'm', "fellow": 'm',
	"woman": 'f', "lady": 'f', "gal": 'f', "girl": 'f'}

// generalNounPostmodifiers open a postmodifier that makes the noun
// before them a description (Quirk et al., §17.8–17.37: relative clauses
// and prepositional phrases), which describedPerson resolves instead.
var generalNounPostmodifiers = set("who", "whom", "whose", "that", "which", "of", "from", "in", "at", "with", "on", "behind", "for")

// epithetGender returns the gender of a general noun for a person that
// the question uses as a pronoun: after "the", "this" or "that", not a
// possessive (the question is then about another: "the woman's son"), and
// neither premodified nor postmodified. ok is false without one.
func epithetGender(toks []token) (byte, bool) {
	for i, t := range toks {
		g, ok := generalNounGender[t.lower]
		if !ok || t.poss || i == 0 {
			continue
		}
		if d := toks[i-1].lower; d != "the" && d != "this" && d != "that" {
			continue
		}
		if i+1 < len(toks) && generalNounPostmodifiers[toks[i+1].lower] {
			continue
		}
		return g, true
	}
	return 0, false
}
