package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// Stage 4, coordinated doers: "Ann Lee and Tom Park voted
// no" names two who voted no. Names joined by "and" (or "or"), with
// commas between the earlier ones, are one coordinated noun phrase and
// share its role in the clause (Quirk et al., §13.2 and §13.60), so a
// who-question answered by one of them is answered by all of them.

// mention is where a name stands in a sentence, in tokens [from, to).
type mention struct{ who, from, to int }

// coordinated returns the people named in s together with p in one
// coordination, in the sentence's order; p alone when there is none.
func (e *Engine) coordinated(s *sentence, p int) []int {
	ms := e.personMentions(s)
	at := slices.IndexFunc(ms, func(m mention) bool { return m.who == p })
	if at < 0 {
		return []int{p}
	}
	lo, hi := at, at
	for lo > 0 && joined(s, ms[lo-1], ms[lo]) {
		lo--
	}
	for hi+1 < len(ms) && joined(s, ms[hi], ms[hi+1]) {
		hi++
	}
	var out []int
	for _, m := range ms[lo : hi+1] {
		if !slices.Contains(out, m.who) {
			out = append(out, m.who)
		}
	}
	return out
}

// personMentions are the first mentions of the people named in s, in
// order.
func (e *Engine) personMentions(s *sentence) []mention {
	var ms []mention
	for _, x := range s.named {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		i := e.position(s, x)
		if n := e.formAt(s, x, i); n > 0 {
			ms = append(ms, mention{x, i, i + n})
		}
	}
	slices.SortFunc(ms, func(a, b mention) int { return a.from - b.from })
	return ms
}

// joined reports whether mentions a and b, a first, are conjoined: only
// a comma, or "and"/"or" (after an optional comma), stands between them,
// past an age set off by commas after a.
func joined(s *sentence, a, b mention) bool {
	if a.to > b.from || a.to == 0 {
		return false
	}
	if k := a.to; k+1 < b.from && appositiveAge.MatchString(s.text[s.toks[k-1].end:s.toks[k+1].start]) {
		a.to++ // "Dale Firth, 34, and Corey Nadeau": the age set off by commas belongs to the name (AP Stylebook, "ages")
	}
	a.to = pastHometown(s, a.to, b.from) // "Sen. Paul Okafor of Eugene and Sen. Dana Ruiz"
	gap := strings.TrimSpace(s.text[s.toks[a.to-1].end:s.toks[b.from].start])
	switch b.from - a.to {
	case 0:
		return gap == ","
	case 1:
		w := s.toks[a.to].lower
		return (w == "and" || w == "or") && strings.Trim(strings.ReplaceAll(gap, w, ""), ", ") == ""
	}
	return titledConjunct(s, a.to, b.from)
}

// pastHometown is the token after a hometown postmodifier that opens at
// token k of s, before token limit: "of" and one to three capitalised
// words spaced to it ("Sen. Paul Okafor of Eugene"; the AP Stylebook,
// "datelines" and "party affiliation", names a legislator's or a
// person's hometown after the name so). It returns k when there is none.
func pastHometown(s *sentence, k, limit int) int {
	if k >= limit || s.toks[k].lower != "of" || !spaced(s, k-1, k) {
		return k
	}
	j := k + 1
	for j < limit && j <= k+3 && s.toks[j].cap && spaced(s, j-1, j) {
		j++
	}
	if j == k+1 {
		return k
	}
	return j
}

// titledConjunct reports whether tokens [k, from) of s are "and" or "or"
// and a title before the next name, with the words that qualify it ("…
// Carl Osei and board Chairman Thomas Whitlock"): the AP puts a formal
// title before the name it belongs to (AP Stylebook, "titles"), so the
// title is part of the conjoined noun phrase, not a break in the list.
func titledConjunct(s *sentence, k, from int) bool {
	if w := s.toks[k].lower; w != "and" && w != "or" || from-k < 2 || from-k > 4 {
		return false
	}
	if strings.Trim(s.text[s.toks[k-1].end:s.toks[k].start], ", ") != "" || !spaced(s, k, from) {
		return false
	}
	for j := k + 1; j < from-1; j++ {
		if stopWords[s.toks[j].lower] || s.toks[j].poss {
			return false
		}
	}
	return isTitleWord(s.toks[from-1].lower)
}
