package lookup

// An act named only as what someone threatened or sought (part of stage
// 4, yes/no): "is the mayor gonna veto it" when the article says "Mayor
// Dale Whitcomb, who had threatened a veto, said he would sign the
// ordinance". The object of a non-factive verb names an act its subject
// wants, proposes or warns of, and the sentence does not present it as
// having happened or as going to happen (Kiparsky and Kiparsky, "Fact",
// 1970: the complement of a non-factive predicate is not presupposed
// true). "Threatened a veto" leaves the veto unasserted as "threatened to
// veto" does (directive.go reads the to-infinitive), so it answers
// neither yes nor no.

// projectingVerbs are the forms of the non-factive verbs of proposing,
// requesting and warning that take the act as a noun object ("threatened
// a veto", "sought a recount", "proposed a ban", "demanded an apology";
// Kiparsky and Kiparsky 1970, with Levin, "English Verb Classes and
// Alternations", 1993, §37.7 "say" verbs of requesting left out).
var projectingVerbs = set("threaten", "threatens", "threatened", "threatening",
	"propose", "proposes", "proposed", "proposing", "seek", "seeks", "sought", "seeking",
	"request", "requests", "requested", "requesting", "demand", "demands", "demanded", "demanding",
	"urge", "urges", "urged", "urging", "consider", "considers", "considered", "considering")

// projectedObjectOnly reports whether a matched token of s is the head of
// the noun object of a projecting verb the question did not ask about,
// and every other matched token stands before that verb (its subject's
// words) or in the object ("a delay of the tax"): the act asked is only
// threatened, proposed or sought.
func projectedObjectOnly(s *sentence, matched []int) bool {
	for _, m := range matched {
		v := projectingVerbBefore(s, m)
		if v < 0 || contains(matched, v) {
			continue
		}
		end := objectEnd(s, m)
		only := true
		for _, o := range matched {
			if o > v && o > end {
				only = false
			}
		}
		if only {
			return true
		}
	}
	return false
}

// objectEnd is the last token of the noun phrase headed at m with its
// postmodifiers: the token before the next comma, coordinator or
// sentence end.
func objectEnd(s *sentence, m int) int {
	for k := m + 1; k < len(s.toks); k++ {
		if commaBetween(s, k-1, k) || s.toks[k].lower == "and" || s.toks[k].lower == "but" {
			return k - 1
		}
	}
	return len(s.toks) - 1
}

// projectingVerbBefore returns the projecting verb whose noun object
// token m heads, with at most a determiner and two modifiers between
// them ("threatened a veto", "sought a full recount"), or -1.
func projectingVerbBefore(s *sentence, m int) int {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		w := s.toks[k].lower
		if projectingVerbs[w] {
			if s.quoted[k] || commaBetween(s, k, m) {
				return -1
			}
			return k
		}
		if stopWords[w] && !determiners[w] || auxiliaries[w] || s.toks[k].cap {
			return -1
		}
	}
	return -1
}

// unassertedAct reports whether s leaves the matched act unasserted: in
// a clause of its own that does not assert it (unasserted.go), or as the
// object of a projecting verb.
func unassertedAct(s *sentence, matched []int) bool {
	return unassertedClause(s, matched) || projectedObjectOnly(s, matched)
}
