package lookup

// identifierHeads are nouns that take a figure after them as their name,
// not as a count: "model 1500 heaters", "Room 214", "Category 3 storm",
// "Gate 12". A numeral after the head identifies one member of a series
// (The Cambridge Grammar of the English Language, Huddleston & Pullum
// 2002, ch. 5, numerals as post-head identifiers: "page 42", "Room
// 101"); AP style writes such designations in figures (AP Stylebook,
// "numerals"; "No."). The list holds only nouns that, right before a
// figure, are not also verbs or time words that may take a count after
// them ("measure 5 feet", "last week 12 people"). A union's subdivision
// is named so too: "Local 226 of the International Brotherhood of
// Teamsters" (AP Stylebook, "local"). A legislature numbers its bills and
// a council its ordinances and resolutions in the order they are filed,
// and news writing gives the number after the noun, capitalised with it
// ("House Bill 1234", "Senate Bill 5", "Ordinance 88": AP Stylebook,
// "legislative titles" and "capitalization", a formal name with a figure).
var identifierHeads = set("model", "no.", "number", "page", "room", "route", "highway",
	"interstate", "flight", "gate", "chapter", "section", "article", "platform", "pier",
	"game", "category", "grade", "channel", "suite", "apartment", "precinct", "ward",
	"district", "proposition", "amendment", "version", "series", "volume", "phase", "exit",
	"local", "bill", "ordinance", "resolution")

// namedHeads are the nouns that take a figure as their name only when
// capitalised with it, a ballot measure's or question's designation
// ("Measure 15-210", "Question 2", "Initiative 1631"; AP Stylebook,
// "numerals"): lower-case, "measure" is also a verb of size and the
// others take a count ("a question 5 voters asked"). knowledge's
// numberedBodyHeads reads the same names as organisations.
var namedHeads = set("measure", "question", "initiative")

// designatedFigure reports whether the figure at token i is a name's
// designation, written right after a capitalised identifier or named
// head: "Measure 15-210" is no vote of 15 to 210. Lower-case, the head is
// the matter voted on and the figure its tally: "approved a bus funding
// bill 61-35".
func designatedFigure(toks []token, i int) bool {
	if i == 0 || toks[i-1].end < toks[i].start-1 {
		return false
	}
	h := toks[i-1]
	return h.cap && (identifierHeads[h.lower] || namedHeads[h.lower])
}

// identifiedNumber reports whether count n follows an identifier head
// straight on ("model 1500 heaters"): it names which one, and counts
// neither the head nor the noun after it. A question that names the
// head ("which model", "what category") asks for that very figure. A
// figure joined to the noun it counts ("the pier's 10-story garage") is a
// compound modifier, no post-head identifier, which is a bare numeral.
func identifiedNumber(q *query, s *sentence, n quantity) bool {
	if n.kind != qCount || n.tok == 0 || compoundCounted(s.toks[n.tok]) != "" {
		return false
	}
	h := s.toks[n.tok-1]
	if !identifierHeads[h.lower] || h.end < s.toks[n.tok].start-1 {
		return false
	}
	for _, t := range q.terms {
		if t.stem == h.stem {
			return false
		}
	}
	return true
}
