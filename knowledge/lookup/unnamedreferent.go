package lookup

import (
	"fmt"
	"slices"
	"strings"
)

// The name of one the article never names (part of stage 5, deciding):
// "what was the name of the patron who brought the beans" when the story
// says only "after a patron brought her a jar of beans". The indefinite
// article introduces a referent as new and unidentified (Quirk et al.
// 1985, §5.26–5.28, specific indefinite reference), and news copy
// identifies a person or a firm it names by a name beside the noun, in
// apposition or as a title before it (§17.65–17.72; AP Stylebook,
// "titles"), which makes that noun one of the entity's roles. So when the
// article writes the asked noun with "a" or "an" and no entity it names
// holds that noun as a role or as the head of its name ("Hartwell Seed
// Co." is a company), the name asked for is not in the article, and any
// name elsewhere in the sentence (the speaker, the librarian) is
// another's.

// askedNameOf matches a question asking the name of a described referent:
// "the name of the seed company", "the fisherman's name", "whats the
// patron called".
var askedNameOf = lazyRE(`\bname of (?:the|that|this) ((?:[a-z-]+ ){0,2}[a-z-]+)\b|\bthe ([a-z-]+)'?s name\b`)

// unnamedReferent refuses a question asking the name of one the article
// introduces only by an indefinite noun phrase.
func (e *Engine) unnamedReferent(q *query) (reply, bool) {
	m := askedNameOf.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil || e.noLex {
		return reply{}, false
	}
	phrase := m[1] + m[2]
	words := strings.Fields(phrase)
	for k, w := range words {
		if stopWords[w] || whWords[w] {
			words = words[:k] // "the patron who brought": the head ends at the relative
			break
		}
	}
	if len(words) == 0 {
		return reply{}, false
	}
	noun := words[len(words)-1]
	if !e.indefiniteOnly(noun) || e.nounNamesSomeone(noun) {
		return reply{}, false
	}
	if name, _ := e.appositiveCommonName(noun, nil); name != "" {
		return reply{}, false // "ondansetron, an anti-nausea drug": named before the noun (commonname.go)
	}
	if x, _ := e.appositiveName(noun, nil); x >= 0 {
		return reply{}, false // "a shell company he controlled, Sierra Ledger Services" (called.go)
	}
	return reply{head: fmt.Sprintf("The article doesn't say: it never names the %s.", strings.Join(words, " "))}, true
}

// indefiniteOnly reports whether the article writes noun, its first
// mention has the indefinite article before it, with at most two lower
// case premodifiers between ("a seed company", "a retired lobsterman"),
// and no mention of it is named: no sentence that holds it names by a
// verb of naming ("a dog named Biscuit", "a boat called the Osprey") and
// no capitalised word follows it, directly or after a comma ("a puppy,
// Biscuit,"), as an appositive name would (Quirk et al., §17.65).
func (e *Engine) indefiniteOnly(noun string) bool {
	first := true
	for i := range e.r.sents {
		s := &e.r.sents[i]
		held := false
		for k, t := range s.toks {
			if t.cap || !e.sameNoun(t, noun) {
				continue
			}
			if first && !indefiniteBefore(s.toks, k) || nameAfter(s.toks, k) {
				return false
			}
			first, held = false, true
		}
		if held && slices.ContainsFunc(s.toks, func(t token) bool { return nameGivers[t.lower] }) {
			return false
		}
	}
	return !first
}

// nameGivers are the verbs of naming and the participles news copy
// names a thing by ("known as", "nicknamed"; Quirk et al., §16.45).
var nameGivers = set("named", "called", "dubbed", "nicknamed", "known", "titled", "christened")

// nameAfter reports whether a capitalised word follows toks[k], directly
// or after a comma (tokens hold no punctuation).
func nameAfter(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].cap
}

// indefiniteBefore reports whether "a" or "an" opens the noun phrase
// ending at toks[k], and no name stands right before it: "Harlan Audit
// Group, an accounting firm" describes a named firm by an appositive
// after its name (Quirk et al., §17.65).
func indefiniteBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch w := toks[j].lower; {
		case w == "a" || w == "an":
			return j == 0 || !toks[j-1].cap
		case toks[j].cap || stopWords[w]:
			return false
		}
	}
	return false
}

// nounNamesSomeone reports whether an entity the article names holds noun as one
// of its roles or as the head of its name.
func (e *Engine) nounNamesSomeone(noun string) bool {
	for x := range e.a.Entities {
		if e.headedBy(x, noun) {
			return true
		}
		for _, t := range e.describedBy(x) {
			if e.sameNoun(t, noun) {
				return true
			}
		}
	}
	return false
}
