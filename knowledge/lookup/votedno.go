package lookup

// A vote's "no" is a noun (part of stage 2): after a verb of voting,
// "no" and "nay" are the negative vote cast ("voted no": Merriam-Webster,
// "no" n. 2b, "nay" n. 2; voteSides), the verb's object, not the
// negative determiner or the reply word that negates a clause (Quirk et
// al. 1985, §10.54 and §10.58). "Did any Democrats vote no" is a positive
// question asking the side of the vote, which a sentence telling them
// "voting for the measure" answers No (sideReversed). Nor is the side a
// word the answering sentence must hold.

// voteSideAt reports whether token i of toks is the side of a vote cast
// ("yes", "aye", "yea", "no", "nay"): right after a form of the verb
// "vote". The side is read by the side rules (sideAfter), so the word is
// no content term a sentence must hold: "voted yes" is told as "voting
// for the measure".
func voteSideAt(toks []token, i int) bool {
	return i > 0 && voteSides[toks[i].lower] != "" && toks[i-1].stem == "vote"
}
