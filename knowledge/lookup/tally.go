package lookup

import (
	"fmt"
	"strconv"
	"strings"

	"storybot/knowledge"
)

// Tallies: votes and scores, written "34-16" (AP Stylebook, "scores" and
// "vote tabulations": figures joined by a hyphen, the larger first).

// bodyOfPlace reports whether entity o is an organisation whose name holds
// the name of one of the places asked about: "the Spokane City Council" is
// Spokane's council, so its vote is the one a question about Spokane asks
// for (AP Stylebook, "city council": the city's name starts the body's).
func (e *Engine) bodyOfPlace(o int, places []int) bool {
	if e.a.Entities[o].Kind != knowledge.Organisation {
		return false
	}
	name := " " + strings.ToLower(e.a.Entities[o].Name) + " "
	for _, p := range places {
		if e.a.Entities[p].Kind == knowledge.Place && strings.Contains(name, " "+strings.ToLower(e.a.Entities[p].Name)+" ") {
			return true
		}
	}
	return false
}

// tallyNouns are the nouns a tally question asks by (WordNet: vote, tally,
// score, count, margin in their senses of a number of votes or points).
var tallyNouns = set("vote", "votes", "tally", "score", "count", "margin")

// matterTerm reports whether t names the matter a tally was taken on, a
// word after "on" or "over" following the tally noun ("the senate vote on
// the phone ban").
func (q *query) matterTerm(t term) bool {
	if q.typ != tScore {
		return false
	}
	for i := 0; i+1 < len(q.toks); i++ {
		if !tallyNouns[q.toks[i].lower] || q.toks[i+1].lower != "on" && q.toks[i+1].lower != "over" {
			continue
		}
		for _, tok := range q.toks[i+2:] {
			if t.sameWord(tok) {
				return true
			}
		}
	}
	return false
}

// headlineHolds reports whether a term names what the tally was taken
// on, and the headline, which names the story's matter, holds it: a
// sentence reporting a tally refers to that matter by "the bill", "the
// measure" or "it" (Quirk et al. §5.32, anaphoric definite reference), so
// the headline's words for it stand for the sentence's.
func (e *Engine) headlineHolds(q *query, t term) bool {
	if !q.matterTerm(t) {
		return false
	}
	for i := range e.r.sents {
		if e.r.sents[i].para == 0 && e.r.sents[i].hasTerm(t) {
			return true
		}
	}
	return false
}

// tallySideRe finds a comparison of one side of two votes: "more no
// votes", "fewer yes votes", "more votes against".
var tallySideRe = lazyRE(`\b(more|fewer|less) (?:(yes|no|aye|nay) votes?|votes? (for|against))\b`)

// tallyAltsRe finds the two bodies compared after the side: "in the house
// or senate", "from the house or the senate".
var tallyAltsRe = lazyRE(`(?:\bin|\bfrom|\bamong|\bby|,) (?:the )?([^,?]+?) or (?:the )?([^,?]+?)\W*$`)

// tallySide reads a comparison of two votes' sides: the two alternatives,
// whether it asks for the against side and whether for the larger count.
func tallySide(l string) (alts []string, against, more, ok bool) {
	m := tallySideRe.FindStringSubmatch(l)
	if m == nil {
		return nil, false, false, false
	}
	a := tallyAltsRe.FindStringSubmatch(l[strings.Index(l, m[0])+len(m[0]):])
	if a == nil {
		return nil, false, false, false
	}
	side := m[2] + m[3]
	return []string{a[1], a[2]}, side == "no" || side == "nay" || side == "against", m[1] == "more", true
}

// compareTallies answers which of two bodies cast more (or fewer) votes
// on one side: each body's tally is the "N-N" figure of the best sentence
// naming it, and a tally gives the votes for before the votes against
// (AP Stylebook, "vote tabulations": "passed 71-27", "failed 19-31").
func (e *Engine) compareTallies(opts []option, against, more bool) (reply, bool) {
	counts := make([]float64, len(opts))
	used := make([]*sentence, len(opts))
	for i, o := range opts {
		c, ok := e.best(o.q, func(s *sentence) bool { return tallyIn(s) != nil })
		if !ok {
			return reply{}, false
		}
		s := &e.r.sents[c.s]
		for _, n := range s.nums {
			if n.kind == qScore {
				counts[i], used[i] = tallySideOf(n.text, against), s
				break
			}
		}
		if used[i] == nil {
			return reply{}, false
		}
	}
	if used[0] == used[1] || counts[0] == counts[1] {
		return reply{}, false
	}
	win := 0
	if (counts[1] > counts[0]) == more {
		win = 1
	}
	side := "yes"
	if against {
		side = "no"
	}
	head := fmt.Sprintf("The %s: %s %s votes, to %s in the %s", opts[win].text, strconv.FormatFloat(counts[win], 'f', -1, 64), side, strconv.FormatFloat(counts[1-win], 'f', -1, 64), opts[1-win].text)
	return reply{found: true, head: head + ".", used: []*sentence{used[win], used[1-win]}}, true
}

// tallyIn returns the sentence's first tally, or nil.
func tallyIn(s *sentence) *quantity {
	for i := range s.nums {
		if s.nums[i].kind == qScore {
			return &s.nums[i]
		}
	}
	return nil
}

// tallySideOf is the for (first) or against (second) figure of "71-27".
func tallySideOf(text string, against bool) float64 {
	v, _ := strconv.ParseFloat(strings.ReplaceAll(tallySideText(text, against), ",", ""), 64)
	return v
}

// tallySideText is the for (first) or against (second) figure of a tally
// as written: "160,000" of "188,000 votes to 160,000".
func tallySideText(text string, against bool) string {
	a, b, ok := strings.Cut(text, "-")
	if !ok {
		a, b, _ = strings.Cut(text, " to ") // "2,914 to 608" (votetally.go)
	}
	if against {
		a = b
	}
	if f := strings.Fields(a); len(f) > 0 {
		return f[0] // "188,000 votes to 160,000": the figure without its noun
	}
	return a
}
