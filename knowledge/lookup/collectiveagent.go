package lookup

import "storybot/knowledge"

// A collective noun names a body of people that acts as one (part of
// stage 4, who-questions): "paid for by a sportsmen's group", "reported
// by a neighbourhood committee". Such nouns take personal reference
// ("the group, who …") and stand as agents as person nouns do (Quirk et
// al. 1985, §5.108 on collective nouns); WordNet files some of them under
// no kind of person or organisation ("group" is an abstraction), so the
// agent of a by-phrase is read by this list too.

// collectiveAgents are the collective nouns of people among Quirk et
// al.'s (1985, §5.108) examples that news writing makes agents.
var collectiveAgents = set("group", "groups", "crew", "crews", "committee", "committees",
	"team", "teams", "panel", "panels", "board", "boards", "staff", "jury", "club", "clubs",
	"crowd", "family", "families", "couple")

// unnamedCollective reports whether token k of s heads a collective noun
// of people no one of whom the article names there ("A fishing crew first
// spotted the carcass"): such a group is the doer a who-question is owed,
// as a person noun is (commondoer.go). A group whose member the sentence
// or the next one names ("A two-person team found the crack. Ann Roe,
// the inspector who spotted it, …") leaves the answer to the name, as
// news writing introduces a group and then the member it quotes.
func (e *Engine) unnamedCollective(s *sentence, k int) bool {
	n := s.toks[k]
	if n.cap || n.poss || !collectiveAgents[n.lower] || quotedAt(s, k) || e.namesOneOf(singular(n.lower)) {
		return false
	}
	if surnamedFamily(s, k) {
		return true // "the Halvorsen family": the family is named by the surname before it
	}
	i := e.indexOf(s)
	for j := i; j >= 0 && j <= i+1 && j < len(e.r.sents); j++ {
		for _, x := range e.r.sents[j].named {
			if e.r.ents[x].kind == knowledge.Person {
				return false
			}
		}
	}
	return true
}

// surnamedFamily reports whether token k of s is "family" or "families"
// after a capitalised surname and "the" ("the Halvorsen family"): news
// writing names a family by its surname (AP Stylebook, "family names"),
// and the phrase is the doer, not the person of that name the article
// may also name.
func surnamedFamily(s *sentence, k int) bool {
	return k >= 2 && (s.toks[k].lower == "family" || s.toks[k].lower == "families") && s.toks[k-1].cap && !s.toks[k-1].poss && s.toks[k-2].lower == "the" && spaced(s, k-2, k)
}
