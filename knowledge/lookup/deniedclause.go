package lookup

// A clause denied by its verb (part of stage 4, yes/no): "The club denied
// a report that Okafor had asked to leave" holds "asked to leave", but the
// verb of denial negates the "that" clause it takes: deny and dispute
// carry an implied negation of their complement (Quirk et al., "A
// Comprehensive Grammar", §10.63 on words negative in meaning though not
// in form), so the sentence answers "did he ask to leave" with a no, as
// "he did not ask to leave" would. The clause may follow the verb itself
// ("denied that he had asked") or a noun of saying in apposition to it
// ("denied reports that", "disputed claims that": Quirk et al. §17.26 on
// appositive "that" clauses after nouns such as report, claim,
// suggestion). A negated verb of denial ("did not deny that") asserts
// the clause and is left alone, as is a question that asks about the
// denial itself.

// clauseDenialVerbs are the forms of the verbs whose "that" clause they
// negate (Quirk et al. §10.63: deny, dispute).
var clauseDenialVerbs = set("deny", "denies", "denied", "denying", "dispute", "disputes", "disputed", "disputing")

// sayingNouns are the nouns of saying and belief that take an appositive
// "that" clause (Quirk et al. §17.26, with the plural of each).
var sayingNouns = set("report", "reports", "claim", "claims", "allegation", "allegations",
	"suggestion", "suggestions", "rumor", "rumors", "rumour", "rumours", "accusation",
	"accusations", "assertion", "assertions", "speculation", "notion", "idea")

// deniedClause reports whether every matched word of s stands either in a
// "that" clause negated by a verb of denial, at least one of them, or
// before that verb as its subject ("Okafor denied that he had asked").
func deniedClause(q *query, s *sentence, matched []int) bool {
	if len(matched) == 0 {
		return false
	}
	for _, t := range q.toks {
		if clauseDenialVerbs[t.lower] || sayingNouns[t.lower] {
			return false // "did the club deny the report" asks the denial itself
		}
	}
	d, k := denialThat(s)
	if d < 0 || negatedVerbGroup(s, d) {
		return false
	}
	inside := false
	for _, m := range matched {
		switch {
		case m > k && !commaBetween(s, k, m):
			inside = true
		case m < d && !commaBetween(s, m, d):
		default:
			return false
		}
	}
	return inside
}

// denialThat finds a verb of denial in s and the "that" opening the clause
// it negates: right after the verb, or after a noun of saying that is its
// object, past the noun's determiner and modifiers and a short
// prepositional phrase ("denied a report in a local newspaper that"),
// with no comma between. It returns -1, -1 when there is none.
func denialThat(s *sentence) (int, int) {
	for d := range s.toks {
		if !clauseDenialVerbs[s.toks[d].lower] {
			continue
		}
		noun := false
		for k := d + 1; k < len(s.toks) && k <= d+8 && !commaBetween(s, k-1, k); k++ {
			w := s.toks[k].lower
			if w == "that" && (k == d+1 || noun && subjectFollows(s, k)) {
				return d, k
			}
			noun = noun || sayingNouns[w]
		}
	}
	return -1, -1
}

// subjectFollows reports whether the word after the "that" at k can open
// a clause's subject (a name, a pronoun or a determiner) rather than be
// the verb of a relative clause ("a report that appeared on Monday").
func subjectFollows(s *sentence, k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	t := s.toks[k+1]
	return personalPronouns[t.lower] || t.lower == "it" || determiners[t.lower] || t.cap
}
