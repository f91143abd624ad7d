package lookup

import (
	"slices"
	"strings"
)

// A person's rank (part of stage 4, extraction). "What's Whitcombe's
// rank" of a person the article introduces with a military title asks
// for that title: the AP Stylebook's military titles are ranks ("Col.",
// "Lt. Col.", "Rear Adm.", "Sgt. 1st Class"), given before the name on
// first reference ("military titles"). Of anyone else "rank" is a
// placing ("ranked 143rd") and is left to the other readings.

// rankTitles are the AP Stylebook's military titles, abbreviated and
// written out, by the word that ends them ("military titles").
var rankTitles = set("gen", "general", "col", "colonel", "lt", "lieutenant", "maj", "major",
	"capt", "captain", "sgt", "sergeant", "adm", "admiral", "cmdr", "commander", "cpl", "corporal",
	"pvt", "private", "spc", "specialist", "pfc", "ensign", "airman", "officer", "class")

// rankAsked reports whether the question asks a rank: its which-noun is
// "rank", or it is a bare noun phrase or a what-question with the word
// ("vail's rank?").
func rankAsked(q *query) bool {
	if q.typ == tWhich {
		return len(q.focus) == 1 && q.focus[0] == stemOf("rank")
	}
	return (q.typ == tValue || q.typ == tPassage) && slices.ContainsFunc(q.toks, func(t token) bool { return t.lower == "rank" })
}

// personRank is the rank the article gives the one person the question
// names, from the title before their name: the compound rank that ends
// it ("Pentagon spokesman Lt. Col.": "Lt. Col."), else its last word
// when that is a rank; "" when the title is no military one.
func personRank(title string) string {
	words := strings.Fields(title)
	if len(words) == 0 {
		return ""
	}
	if i := rankStart(words); i < len(words) {
		return strings.Join(words[i:], " ")
	}
	if n := len(words); n >= 3 && words[n-1] == "Class" {
		i := n - 3
		if i > 0 && rankGrades[rankKey(words[i-1])] != "" || i > 0 && words[i-1] == "Petty" {
			i-- // "Petty Officer 2nd Class"
		}
		return strings.Join(words[i:], " ") // "Sgt. 1st Class"
	}
	if last := words[len(words)-1]; rankTitles[rankKey(last)] && rankKey(last) != "class" {
		return last
	}
	return ""
}

// rankOf answers a rank question of a person with a military title: the
// rank, written out where AP style abbreviates it, and the sentence
// that first names them with it.
func (e *Engine) rankOf(q *query) (reply, bool) {
	if !rankAsked(q) || len(q.subjects) != 1 {
		return reply{}, false
	}
	x := q.subjects[0]
	r := personRank(e.a.Entities[x].Title)
	s := e.firstNaming(x)
	if r == "" || s == nil || !strings.Contains(s.text, r) {
		return reply{}, false
	}
	out := r
	if full, ok := compoundRank(r); ok && full != r {
		out = full + " (" + r + ")"
	} else if full := titleAbbrevs[rankKey(r)]; full != "" {
		out = full + " (" + r + ")"
	}
	name := e.a.Entities[x].Name
	head := name + "'s rank is " + out + "."
	if strings.HasSuffix(name, "s") {
		head = name + "' rank is " + out + "." // AP Stylebook, "possessives": a singular proper name ending in s takes an apostrophe only
	}
	return reply{found: true, head: head, used: []*sentence{s}}, true
}
