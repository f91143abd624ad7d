package lookup

// A role asked with a modifier the article leaves off (part of stage 4).
// A news story often identifies a person by the bare head of a role noun,
// in apposition: "The driver, Dwayne Pollard, 41, pleaded guilty", after
// naming the vehicle elsewhere. A reader asking "who was the truck
// driver" adds a classifying modifier (Quirk et al., §17.104) that the
// article's bare noun, the superordinate of the compound, already covers
// (Halliday and Hasan, "Cohesion in English", 1976, §6.1: reiteration by
// a general word; the head of a compound is its hypernym). A definite
// description refers to the one thing in the discourse that fits it
// (Quirk et al., §5.26–5.32). So when no one's description holds the
// modifier, the story's one person given the bare head, with no modifier
// of its own, is who the question means. A modifier the article never
// uses ("the bus driver" of a story with no bus) may pick out someone it
// does not name, and so may an adjective or a proper noun: "the Russian
// president" restricts by nationality (AP Stylebook, "capitalization":
// proper nouns and the adjectives made from them are capitalized, so the
// modifier must be one the article writes in lower case, and no
// adjective in WordNet), and a holder whose role has its own modifier ("the bus
// driver, Ann Lee") is a narrower kind: neither is taken.

// modifiedRoleHead finds "the MOD … HEAD" in q, where HEAD is a noun for
// a kind of person and every modifier is a content word the article
// uses. It returns the head's term, or false.
func (e *Engine) modifiedRoleHead(q *query) (term, bool) {
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i-1].lower != "the" {
			continue
		}
		j := i
		for j < len(q.toks) && !stopWords[q.toks[j].lower] && !q.nameToks[j] && !q.toks[j].poss {
			j++
		}
		if j-i < 2 || j < len(q.toks) && !stopWords[q.toks[j].lower] {
			continue // a single noun is no modified role; a name or possessive after it is another phrase
		}
		head := q.toks[j-1]
		if !e.personNoun(head.lower) {
			continue
		}
		var headTerm term
		found, said := false, true
		for _, t := range q.terms {
			if t.lower == head.lower {
				headTerm, found = t, true
				continue
			}
			for k := i; k < j-1; k++ {
				if t.lower == q.toks[k].lower && !e.commonNounSaid(t) {
					said = false
				}
			}
		}
		if found && said {
			return headTerm, true
		}
	}
	return term{}, false
}

// bareRoleHolder is the one person whose role is the bare head of the
// question's modified role ("The driver, Dwayne Pollard" for "who was
// the truck driver"), when no description holds the whole role.
func (e *Engine) bareRoleHolder(q *query) ([]int, []role) {
	head, ok := e.modifiedRoleHead(q)
	if !ok {
		return nil, nil
	}
	sub := *q
	sub.terms = []term{head}
	holders, rs := e.roleHolders(&sub)
	var bare []int
	var brs []role
	for k, x := range holders {
		if e.bareRole(rs[k], head) {
			bare, brs = append(bare, x), append(brs, rs[k])
		}
	}
	if len(bare) != 1 || len(holders) != 1 {
		return nil, nil // two who hold the head: the modifier would have to choose
	}
	return bare, brs
}

// bareRole reports whether the role r is the head alone after a
// determiner: no content word before it.
func (e *Engine) bareRole(r role, head term) bool {
	for _, tok := range e.wordsOf(r) {
		if head.matches(tok) {
			return true
		}
		if !stopWords[tok.lower] {
			return false
		}
	}
	return false
}

// commonNounSaid reports whether the article writes the question word t
// in lower case, as a common noun (AP capitalizes proper nouns and their
// adjectives), and t can be no adjective (WordNet): a classifying noun
// ("truck"), not a qualifying adjective ("former", "Russian").
func (e *Engine) commonNounSaid(t term) bool {
	if !t.known || e.canBe(t.lower, "adj") || !e.canBe(t.lower, "noun") {
		return false
	}
	for _, s := range e.r.sents {
		for _, tok := range s.toks {
			if !tok.cap && t.matches(tok) {
				return true
			}
		}
	}
	return false
}
