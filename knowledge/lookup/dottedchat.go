package lookup

// Chat abbreviations typed with periods (part of stage 2). An initialism
// of single letters may be written with periods or without ("a.g." and
// "ag", "d.a." and "DA": the AP Stylebook, "abbreviations and acronyms",
// writes periods in some two-letter initialisms and none in most; the
// Chicago Manual of Style, 17th ed., 10.4, leaves the periods to house
// style), so a reader types either for the same words. A dotted
// initialism whose letters run together are one of chatForms stands for
// the same words; one whose letters are an initialism of the article's
// own phrase ("p.d." for "police department") is read as the letters
// typed without periods are (initialphrase.go).

// dottedChatForm returns what the dotted initialism core ("a.g") stands
// for when its letters run together are one of chatForms ("ag": attorney
// general); "" otherwise. "u.s." and "a.m." run together are no chat
// form, so they stay as the article writes them.
func dottedChatForm(core string) string {
	if u := undotted(core); u != "" {
		return chatForms[u]
	}
	return ""
}

// initialLetters returns w's letters run together when w is an
// initialism typed with periods ("p.d.": "pd"), and w otherwise, so the
// dotted letters are read as the same letters typed without them.
func initialLetters(w string) string {
	if u := undotted(w); u != "" {
		return u
	}
	return w
}
