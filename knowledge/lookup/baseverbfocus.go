package lookup

// A verb in the base form read as the counted noun (part of stage 2, in
// understand): "how many work for the caterer", "how many still live in
// town". "Many" takes a plural count noun (Quirk et al. 1985, §5.23), and
// with none after it is the head of its own noun phrase, the subject of
// the verb that follows (§6.51; fusedcount.go), which agrees with it in
// the plural, the base form. A word after "how many" that is no plural,
// that WordNet 3.0 lists as a verb, and that is followed by a preposition,
// "there" or nothing (the verb's complement or adjunct, never a noun's
// verb) is that verb, not a noun counted: the question counts those who
// do the act, as "how many died" does (verbfocus.go). Nouns whose plural
// is their singular are left counted: animals ("how many fish in the
// lake", Quirk et al. §5.83, zero plurals of animal names) and collective
// nouns of persons ("how many staff at the plant", §5.108).

// baseVerbAfter are the words that may follow a verb and cannot follow a
// counted noun that is its subject: the prepositions (Quirk et al., §9.7,
// the simple prepositions, with "in"), and the place adverbs "there" and
// "here".
func baseVerbAfter(w string) bool {
	return prepositions[w] || w == "in" || w == "there" || w == "here"
}

// midAdverbs are adverbs of time and frequency that take the medial
// position between a subject and its verb (Quirk et al. 1985, §8.20 on
// the medial position; §7.56 on "still", "now" as time adjuncts).
var midAdverbs = set("still", "now", "currently", "actually", "really", "usually", "normally", "typically", "regularly")

// baseVerbFirst drops the counted noun of "how many" when it is a verb in
// its base form as above; focus is returned as it is otherwise.
func (e *Engine) baseVerbFirst(toks []token, focus []string) []string {
	if e.lex == nil || len(focus) != 1 {
		return focus
	}
	for i := 2; i < len(toks); i++ {
		if toks[i-2].lower != "how" || toks[i-1].lower != "many" {
			continue
		}
		j := i
		if j+1 < len(toks) && midAdverbs[toks[j].lower] {
			j++ // "how many still work there"
		}
		w := toks[j].lower
		if l := e.lex.Lemma(w); l != "" && l != w {
			return focus // an irregular form ("came"), which irregularPastFirst reads
		}
		if stemOf(w) != focus[0] || plural(w) || !e.canBe(w, "verb") || j+1 < len(toks) && !baseVerbAfter(toks[j+1].lower) {
			return focus
		}
		if e.lex.KindOf(w, "organism") || e.lex.KindOf(w, "social_group") || e.lex.KindOf(w, "person") {
			return focus // "how many fish in the lake", "how many staff at the plant"
		}
		return nil
	}
	return focus
}
