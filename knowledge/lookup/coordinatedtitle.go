package lookup

import "strings"

// Coordinated titles before a name share what premodifies them (part of
// stage 1). News writing often gives a person two titles joined by "and"
// ahead of the name, the company or place premodifying both: "Zenco
// co-founder and Chief Executive Samuel Adeyemi" is Zenco's co-founder and
// Zenco's chief executive (AP Stylebook, "titles": "founder and chief
// executive"; Quirk et al. 1985, §13.66 on coordinated heads sharing a
// premodifier). So the run of title words read back from the name goes on
// over "and" when the word before it is itself a singular title or a
// person noun (WordNet's noun.person, the hyphen of a prefix closed as
// WordNet writes it: "co-founder" → "cofounder"), and the organisation
// before that conjunct is the whole title's.

// coordinatedTitleAt reports whether toks[k] is an "and" joining the title
// read so far to a title conjunct at toks[k-1], with no punctuation
// between the conjunct, the "and" and the title after it.
func coordinatedTitleAt(before string, toks []token, k int, isPerson func(string) bool) bool {
	if k < 1 || k+1 >= len(toks) || toks[k].lower != "and" {
		return false
	}
	if strings.ContainsAny(before[toks[k-1].end:toks[k+1].start], ",;:\"“”—(") {
		return false
	}
	w := strings.TrimSuffix(toks[k-1].lower, ".")
	if isTitleWord(w) {
		return true
	}
	if toks[k-1].cap || toks[k-1].poss || singular(w) != w || stopWords[w] {
		return false // a name or a plural ("workers and Mayor Lee"): two people, not two titles
	}
	return isPerson(w) || strings.Contains(w, "-") && isPerson(strings.ReplaceAll(w, "-", ""))
}
