package lookup

// The article's multi-word verb with its particle after the object (part
// of stage 2): a transitive phrasal verb puts its particle after a
// personal pronoun object, and must (Quirk et al., "A Comprehensive
// Grammar", §16.4: "they called it off", not "*called off it"; a
// reflexive object too: "turned himself in"). News writing tells acts so
// ("she would bring it up again"), and read word by word the article's
// sentence holds only the light verb ("bring"), never the one-word verb
// a reader asks by ("raise"). The pronoun and the particle after the
// verb are read as the phrasal verb WordNet lists, written as the three
// words, when the particle opens no noun phrase of its own ("put it in
// the box": "in" is a preposition with its object).

// objectPronounsReflexive are the personal pronouns in their objective
// case and the reflexive pronouns (Quirk et al., §6.2, Table 6.2), the
// objects a phrasal verb's particle must follow.
var objectPronounsReflexive = set("me", "us", "him", "her", "them", "it", "you",
	"myself", "ourselves", "yourself", "yourselves", "himself", "herself", "itself", "themselves")

// splitVerbAt returns the WordNet verb token k of toks makes with the
// particle after its pronoun object ("bring it up": bring up), and the
// three words' stems; "" and nil otherwise, or when a determiner or a
// figure follows the particle, which is then a preposition.
func (e *Engine) splitVerbAt(toks []token, k int) (string, []string) {
	if k+2 >= len(toks) || !objectPronounsReflexive[toks[k+1].lower] || !spatialParticles[toks[k+2].lower] {
		return "", nil
	}
	if n := k + 3; n < len(toks) && (determiners[toks[n].lower] || numberLike(toks[n].lower)) {
		return "", nil
	}
	phrase := e.verbWithParticle(toks[k].lower, toks[k+2].lower)
	if phrase == "" {
		return "", nil
	}
	return phrase, []string{toks[k].stem, toks[k+1].stem, toks[k+2].stem}
}
