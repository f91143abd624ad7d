package lookup

import (
	"regexp"
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
// and no punctuation between; -1 otherwise.
func (e *Engine) premodifiedAge(s *sentence, k int) int {
	if k+1 >= len(s.toks) || !yearOld.MatchString(s.toks[k].lower) || s.toks[k+1].start-s.toks[k].end != 1 {
		return -1
	}
	for _, x := range s.named {
		if e.r.ents[x].kind == knowledge.Person && e.formAt(s, x, k+1) > 0 {
			return x
		}
	}
	return -1
}

// ageBeforeName is an age written as a compound adjective at the end of
// the text before a name ("The neighbor, 58-year-old ").
var ageBeforeName = regexp.MustCompile(`\d{1,3}-year-old\s+$`)

// ageless is the text before a name without the age that premodifies the
// name: "The neighbor, 58-year-old Harold Vance," sets "the neighbor" in
// apposition to the name as "The neighbor, Harold Vance," does.
func ageless(before string) string {
	return strings.TrimRightFunc(ageBeforeName.ReplaceAllString(before, ""), unicode.IsSpace) + " "
}
