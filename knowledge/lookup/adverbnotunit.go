package lookup

// A time adverb after a numeral is no counted noun (part of stage 1, in
// unitAfter). A numeral used pronominally, with no noun after it (Quirk
// et al., A Comprehensive Grammar of the English Language, 1985, §6.51),
// is often followed straight away by its verb group, and an adverb in the
// medial position may open that group ("Fewer than 150 still work
// there", "19 still have at least four riders", "40 now live abroad";
// §8.20–§8.22 on medial adjuncts, §8.55 and §8.57 on the time
// relationship adverbs). Those adverbs ("still", "already", "yet",
// "now", "never", "ever", "also") are not nouns and so count nothing: the
// number's noun phrase ends before them.

//
// So are the verbs of remaining that follow such a numeral as its
// predicate: the current copulas "remain" and "stay" (§16.21) in their
// plural present and past forms ("about 1,000 remain open", "40 stayed
// behind"), and "left", the participle of leave.v.02 ("with 6 left"),
// none of which is a noun a number counts ("remains", which is one, is
// left out).

// remainingVerbs are the forms of the verbs of remaining that follow a
// numeral subject or head.
var remainingVerbs = set("remain", "remained", "stay", "stayed", "left")

// adverbNotUnit reports whether t is one of the medial adverbs of time
// and focus (medialAdverbs, fusedsubject.go) other than "only", which
// may stand before a numeral's noun ("the 11 only children"), or a verb
// of remaining.
func adverbNotUnit(t token) bool {
	return medialAdverbs[t.lower] && t.lower != "only" || remainingVerbs[t.lower]
}

// notCountedWord reports whether t cannot be, or begin, the noun a
// numeral before it counts: a function word, a capitalised name, another
// number, a currency or percent sign, or an adverb or verb after a
// pronominal numeral (adverbNotUnit).
func notCountedWord(t token) bool {
	return stopWords[t.lower] || t.cap || isNumeric(t) || t.text == "$" || t.text == "%" || adverbNotUnit(t)
}
