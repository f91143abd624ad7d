package lookup

import "fmt"

// A party's share of a vote (part of stage 4, how many). A tally counts
// the votes of the whole chamber, for before against ("voted 27-12"; AP
// Stylebook, "vote tabulations"), while a party's name counts only its
// members (AP Stylebook, "party affiliation": Democrat, Republican,
// Independent), a part of the chamber. "How many Republicans voted yes"
// is answered by the count the article gives that party's members on the
// side asked ("Three Republicans joined all 24 Democrats in voting for
// the measure"), never by the tally's figure for the whole chamber; with
// no such count the tally is no answer: a count of the party's members
// on the other side says the article does not tell, and with none the
// count is sought as any other.

// askedParty is the party a count question names its voters by
// ("republicans", "democratic senators"), or "".
func askedParty(q *query) string {
	for _, t := range q.toks {
		if p := partyWord(t.lower); p != "" {
			return p
		}
	}
	return ""
}

// partyTally answers a count of one party's votes on one side: the
// first sentence that counts the party's members ("all 24 Democrats",
// "12 Democratic senators") and tells a vote cast with the side asked
// ("in voting for", "in favor"). When the article counts the party's
// members only on the other side, it does not say; false when it counts
// them on no side, or the question names no party.
func (e *Engine) partyTally(q *query, against bool) (reply, bool) {
	party := askedParty(q)
	if party == "" {
		return reply{}, false
	}
	side := "for"
	if against {
		side = "against"
	}
	other := false
	for i := range e.r.sents {
		s := &e.r.sents[i]
		told := voteSideIn(s)
		for _, n := range s.nums {
			switch {
			case !e.countsParty(s, n, party):
			case told == side:
				return reply{found: true, head: fmt.Sprintf("%s.", capitalise(partyCountText(s, n))), used: []*sentence{s}}, true
			case told == opposedSide[side]:
				other = true
			}
		}
	}
	if other {
		// "Three Republicans joined … in voting for" counts none against
		return reply{head: fmt.Sprintf("The article doesn't say: it counts only the %ss who voted %s it.", party, opposedSide[side])}, true
	}
	return reply{}, false
}

// countsParty reports whether number n of s counts members of party: the
// party's name is the noun it counts or a word before that noun ("24
// Democrats", a name the reading keeps as no unit; "12 Democratic
// senators").
func (e *Engine) countsParty(s *sentence, n quantity, party string) bool {
	for k := n.tok + 1; k < len(s.toks) && k <= max(n.end, n.tok+1); k++ {
		if partyWord(s.toks[k].lower) == party {
			return true
		}
	}
	return false
}

// partyCountText is number n of s with the noun it counts, as written
// ("24 Democrats").
func partyCountText(s *sentence, n quantity) string {
	if n.noun != "" || n.end >= len(s.toks) {
		return n.text
	}
	return s.text[s.toks[n.tok].start:s.toks[n.end].end]
}

// voteSideIn is the side of the first vote s tells with one ("voting
// for", "voted no"), as the preposition of that side, or "for" when s
// tells a vote and a side "in favor" ("voted 52-48, with 12 Democratic
// senators joining all 40 Republicans in favor"), or "".
func voteSideIn(s *sentence) string {
	voted := false
	for i, tok := range s.toks {
		if tok.stem != "vote" {
			continue
		}
		voted = true
		if side := sideAfter(s.toks, i); side != "" {
			return side
		}
	}
	for i := 1; voted && i < len(s.toks); i++ {
		if s.toks[i-1].lower == "in" && (s.toks[i].lower == "favor" || s.toks[i].lower == "favour") {
			return "for"
		}
	}
	return ""
}
