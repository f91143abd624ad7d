package lookup

// An object what-question may name the act by a broader verb than the
// article's: "what did the council decide" of "the council voted to close
// the pool". In WordNet 3.0 to vote is to choose, and to choose is to
// decide (troponymy: a manner of the broader act, Fellbaum 1998,
// "WordNet", ch. 3), so what the council voted for is what it decided.
// The narrower verb is read only in its most frequent sense (Narrower),
// since its rarer senses reach too far. Its own object is not the asked
// verb's ("voted 5-2": the tally), so the sentence answers alone.

// kindOfAskedAct reports whether the article's word w names, in its most
// frequent sense, a kind or manner of the asked verb, or an act that
// entails it.
func (e *Engine) kindOfAskedAct(w string, a objectAsk) bool {
	return !e.noLex && e.lex.Narrower(w, a.verb.lower)
}
