package lookup

import "strings"

// A vote tally is written with "to" as well as with a hyphen. AP style
// joins a tabulation's figures by a hyphen ("The House voted 230-205";
// AP Stylebook, "vote tabulations"), but news copy writes "to" between
// large figures and after "a vote of" ("approved the deal 2,914 to 608",
// "passed by a vote of 7 to 2"). Two bare figures joined by "to" are a
// tally when the clause before them tells a decision by vote; a range
// ("from 40 to 160", "18 to 24 years old", "5 to 10 percent") opens with
// "from" or gives its figures a unit.

// tallyVerbs are the words before a tally that tell a decision taken by
// vote: the verb and noun vote, and the verbs of an assembly's decision
// that news writes with the tally after them (WordNet: approve, ratify,
// pass, adopt, reject, defeat, confirm in their senses of a body's vote),
// and those of a ballot measure's fate (fail, lose, carry: "the levy
// failed 8,214 to 7,602").
var tallyVerbs = set("vote", "voted", "votes", "approved", "ratified", "passed", "adopted", "rejected", "defeated", "confirmed",
	"failed", "lost", "carried")

// failingVerbs tell that the measure voted on lost: its tally gives the
// winning side first, as every tally does (AP Stylebook, "vote
// tabulations": the majority's figure first), and that side voted
// against ("The levy failed 8,214 to 7,602": 8,214 voted no).
var failingVerbs = set("rejected", "defeated", "failed", "lost")

// againstFirst reports whether tally n of s follows a verb of failing
// within six words of its clause, so its first figure is the no side.
func againstFirst(s *sentence, n quantity) bool {
	for k := n.tok - 1; k >= 0 && k >= n.tok-6 && !punctuatedBetween(s.text, s.toks, k+1); k-- {
		if failingVerbs[s.toks[k].lower] {
			return true
		}
		if tallyVerbs[s.toks[k].lower] {
			return false
		}
	}
	return false
}

// toTally reports the end of a tally "N to M" whose first figure, at
// token i, the number's own tokens end at j; ok is false for anything
// else.
func toTally(s string, toks []token, i, j int) (int, bool) {
	if j+1 >= len(toks) || toks[j].lower != "to" || !isNumeric(toks[i]) || !wholeCountAt(toks, j+1) {
		return 0, false
	}
	end := j + 2
	if end < len(toks) && !punctuatedBetween(s, toks, end) && !tallyFollowers[toks[end].lower] {
		return 0, false // "18 to 24 years old", "5 to 10 percent": a range of a unit
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		l := toks[k].lower
		if l == "from" || l == "between" || punctuatedBetween(s, toks, k+1) {
			return 0, false // "from 40 to 160": a range
		}
		if tallyVerbs[l] || strings.HasPrefix(l, "vote") {
			return end, true
		}
	}
	return 0, false
}

// readVotesTally makes q, a count of votes, the tally "N votes to M" it
// begins, and reports whether it did: the noun "votes" says the figures
// are a vote's sides without any verb before them ("passed with 54% of the
// vote, about 188,000 votes to 160,000"), the second figure bare or with
// the noun again ("to 160,000 votes"). A range opens with "from" or
// "between" ("from 40 votes to 160").
func (q *quantity) readVotesTally(s string, toks []token) bool {
	j := q.end
	if q.kind != qCount || q.unit != "vote" || j+1 >= len(toks) || toks[j].lower != "to" || punctuatedBetween(s, toks, j) || !wholeCountAt(toks, j+1) {
		return false
	}
	if q.tok > 0 && (toks[q.tok-1].lower == "from" || toks[q.tok-1].lower == "between") {
		return false
	}
	end := j + 2
	if end < len(toks) && !punctuatedBetween(s, toks, end) && (toks[end].lower == "votes" || toks[end].lower == "vote") {
		end++
	}
	q.kind, q.end, q.text = qScore, end, s[toks[q.tok].start:toks[end-1].end]
	return true
}

// readToTally makes q, a count whose figure stands alone (bare), the
// tally "N to M" it begins, and reports whether it did.
func (q *quantity) readToTally(s string, toks []token, bare bool) bool {
	if q.kind != qCount || !bare {
		return false
	}
	end, ok := toTally(s, toks, q.tok, q.end)
	if ok {
		q.kind, q.end, q.text = qScore, end, s[toks[q.tok].start:toks[end-1].end]
	}
	return ok
}

// tallyFollowers are the words a tally may stand before without a unit:
// prepositions of the matter or occasion ("7 to 2 on the measure", "in
// favor") and a conjunction.
var tallyFollowers = set("on", "in", "to", "with", "for", "against", "and", "vote", "votes", "margin")

// wholeCountAt reports whether token k is a whole count in figures, the
// second side a tally may have ("to 608", "to 160,000").
func wholeCountAt(toks []token, k int) bool {
	v, kind, ok := numberValue(toks[k])
	return isNumeric(toks[k]) && ok && kind == qCount && v == float64(int(v))
}
