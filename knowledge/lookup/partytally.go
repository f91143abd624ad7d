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
// no such count the article does not say.

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
// first sentence that counts the party's members ("all 24 Democrats")
// and tells a vote cast with the side asked ("in voting for"). False
// when the question names no party.
func (e *Engine) partyTally(q *query, against bool) (reply, bool) {
	party := askedParty(q)
	if party == "" {
		return reply{}, false
	}
	side := "for"
	if against {
		side = "against"
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if voteSideIn(s) != side {
			continue
		}
		for _, n := range s.nums {
			if partyWord(partyCounted(s, n)) == party {
				return reply{found: true, head: fmt.Sprintf("%s.", capitalise(partyCountText(s, n))), used: []*sentence{s}}, true
			}
		}
	}
	return reply{head: fmt.Sprintf("The article doesn't say: it gives no count of the %ss who voted %s.", party, side)}, true
}

// partyCounted is the noun number n of s counts, as written in lower
// case: its unit, or else the word right after it ("24 Democrats", a
// name the reading keeps as no unit).
func partyCounted(s *sentence, n quantity) string {
	if n.noun != "" {
		return n.noun
	}
	if n.end < len(s.toks) {
		return s.toks[n.end].lower
	}
	return ""
}

// voteSideIn is the side of the first vote s tells with one ("voting
// for", "voted no"), as the preposition of that side, or "".
func voteSideIn(s *sentence) string {
	for i, tok := range s.toks {
		if tok.stem != "vote" {
			continue
		}
		if side := sideAfter(s.toks, i); side != "" {
			return side
		}
	}
	return ""
}

// partyCountText is number n of s with the noun it counts, as written
// ("24 Democrats").
func partyCountText(s *sentence, n quantity) string {
	if n.noun != "" || n.end >= len(s.toks) {
		return n.text
	}
	return s.text[s.toks[n.tok].start:s.toks[n.end].end]
}
