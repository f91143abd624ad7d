package lookup

// "How many dead" (part of stage 2). An adjective may head a noun phrase
// naming the class of people in a state ("the dead", "the wounded";
// Quirk et al., §7.23), and chat counts that class with "how many" and
// the adjective alone: "how many dead". "Dead" is the state the verb
// "die" brings about (WordNet 3.0: "dead", antonym of "alive"; "die",
// "pass from physical life"; lifestate.go), and news copy tells the
// count by the act, not the state ("killing two people", "Four people
// died"). So "how many dead" asks what "how many died" asks: the
// adjective is read as that verb's past, which counts no noun of its own
// and matches the article's verbs of dying and killing. Participle heads
// ("how many injured", "how many hurt") are verbs already and are left
// alone.

// deadCountAsDied reads a question that is "how many" and a dead-state
// adjective of lifeStates alone as "how many died".
func deadCountAsDied(toks []token) {
	if len(toks) != 3 || toks[0].lower != "how" || toks[1].lower != "many" || !lifeStates[toks[2].lower] {
		return
	}
	toks[2].lower, toks[2].stem = "died", stemOf("died")
}
