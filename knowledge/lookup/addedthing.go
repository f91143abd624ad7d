package lookup

// "Add" as a verb of putting in, not of saying (part of stage 5, yes/no).
// "Add" is both a verb of saying ("'We are relieved,' he added"; "she
// added that talks would resume": Levin 1993, §37.7 "say" verbs) and a
// verb of combining one thing with another ("the deal adds a $2,500
// signing bonus": §22.1 "mix" verbs). Only the first reports a claim; the
// second takes a noun phrase for its object, opened by a determiner or a
// number, where the reporting verb takes a quotation or a clause (Quirk et
// al., §16.31 on reporting verbs and their complements).

// addVerbs are the forms of "add".
var addVerbs = set("add", "adds", "added", "adding")

// addsThing reports whether token v of s is a form of "add" whose object
// is a noun phrase: the next token is a determiner or a figure, not the
// "that" opening a reported clause.
func addsThing(s *sentence, v int) bool {
	if !addVerbs[s.toks[v].lower] || v+1 >= len(s.toks) || s.quoted[v+1] {
		return false
	}
	w := s.toks[v+1].lower
	return determiners[w] && w != "that" || w != "" && (w[0] == '$' || w[0] >= '0' && w[0] <= '9')
}
