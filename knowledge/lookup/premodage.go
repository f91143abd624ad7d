package lookup

import (
	"strings"
	"unicode"

	"storybot/knowledge"
)

// Ages written before the name (part of stage 4, the age of a person): AP
// style gives an age either set off after the name ("Walter Henning, 83,")
// or as a compound adjective right before it ("83-year-old Walter
// Henning"; AP Stylebook, "ages": "the 5-year-old boy", "a 21-year-old
// student"). The compound adjective premodifies the name it stands before
// (Quirk et al. 1985, §17.104, premodification; §7.9 on hyphenated
// compound adjectives), so it is that person's age, though no name comes
// before it in the sentence.

// premodifiedAge is the person named right after token k of s, when k is
// an age written as a compound adjective ("83-year-old"), with one space
// and no punctuation between, or after a description the age opens with
// a determiner before it and a comma after it, the name in apposition to
// the description ("a 79-year-old woman, Edna Folsom,"); -1 otherwise.
func (e *Engine) premodifiedAge(s *sentence, k int) int {
	if k+1 >= len(s.toks) || !yearOld.MatchString(s.toks[k].lower) {
		return -1
	}
	at := e.pastDescription(s, k+1)
	if at >= len(s.toks) {
		return -1
	}
	if gap := s.text[s.toks[at-1].end:s.toks[at].start]; gap != " " && !(at > k+1 && k > 0 && nounOpeners[s.toks[k-1].lower] && strings.TrimSpace(gap) == ",") {
		return -1 // "a 79-year-old woman, Edna Folsom,": a description with a determiner, the name in apposition to it (Quirk et al., §17.65)
	}
	for _, x := range s.named {
		if e.r.ents[x].kind == knowledge.Person && e.formAt(s, x, at) > 0 {
			return x
		}
	}
	return -1
}

// maxDescriptionWords bounds the lowercase description that may stand
// between an age and the name ("71-year-old retired teacher Gloria
// Haynes"): a head noun and up to two premodifiers.
const maxDescriptionWords = 3

// pastDescription is the token after a lowercase occupational description
// that starts at token i and stands before a name, or i when there is none.
// AP style lowercases such a description before a name ("astronaut John
// Glenn", "peanut farmer Jimmy Carter"; AP Stylebook, "titles"), a close
// apposition (Quirk et al. 1985, §17.86, "the poet Burns") that the age
// premodifies with the name: "71-year-old retired teacher Gloria Haynes".
// The description is lowercase content words one space apart, headed by its last
// word, a noun for a person; no earlier word is one, so "the 30-year-old
// suspect shot officer …" is two phrases, not one.
func (e *Engine) pastDescription(s *sentence, i int) int {
	if e.noLex {
		return i
	}
	for j := i; j < len(s.toks) && j < i+maxDescriptionWords; j++ {
		t := s.toks[j]
		if t.cap || (j > i && t.start-s.toks[j-1].end != 1) || stopWords[t.lower] {
			return i
		}
		if e.personNoun(t.lower) {
			if j+1 < len(s.toks) && s.toks[j+1].cap {
				return j + 1
			}
			return i
		}
	}
	return i
}

// ageBeforeName is an age written as a compound adjective at the end of
// the text before a name ("The neighbor, 58-year-old ").
var ageBeforeName = lazyRE(`\d{1,3}-year-old\s+$`)

// ageless is the text before a name without the age that premodifies the
// name: "The neighbor, 58-year-old Harold Vance," sets "the neighbor" in
// apposition to the name as "The neighbor, Harold Vance," does.
func ageless(before string) string {
	return strings.TrimRightFunc(ageBeforeName.ReplaceAllString(before, ""), unicode.IsSpace) + " "
}
