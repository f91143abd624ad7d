package lookup

// What a sum of money "in" a noun phrase is the amount of (part of stage
// 4; amounthead.go). News writing names what a sum is for by a
// prepositional phrase after it, and the phrase's noun may have
// premodifiers of its own (Quirk et al., §17.37 on postmodification by a
// prepositional phrase, §17.108 on premodification by nouns and
// adjectives): "$3 million in water sales", "$12 million in emergency
// aid". English puts the head of a noun phrase last, so the sum is the
// amount of the last noun of the phrase.
//
// amountHead takes a plural noun right after "in" as what the sum is for
// ("$18,000 in repairs"). A phrase with premodifiers, or a singular head,
// may be a place or a time as well ("$500 in county court"), so such a
// phrase's head is taken only when the question asks the amount of that
// very noun ("how much aid": "$12 million in emergency aid"), a noncount
// noun being what "how much" asks the quantity of (Quirk et al., §5.23).

// inPhraseHead is the token index of the head noun of the noun phrase
// after "in" that directly follows money figure n ("$12 million in
// emergency aid": aid), or -1: the last of up to four lower-case content
// words, with no punctuation, function word, number or time word between.
func (e *Engine) inPhraseHead(s *sentence, n quantity) int {
	toks := s.toks
	k := n.end
	if k+1 >= len(toks) || toks[k].lower != "in" || punctuatedBetween(s.text, toks, k) {
		return -1
	}
	head := -1
	for j := k + 1; j < len(toks) && j < k+5; j++ {
		t := toks[j]
		if stopWords[t.lower] || t.cap || isNumeric(t) || deicticTime(toks, j) || j > k+1 && punctuatedBetween(s.text, toks, j) {
			break
		}
		if e.isNoun(t) {
			head = j
		}
	}
	return head
}

// askedInHead reports whether the head of the "in" phrase after money
// figure n is the noun q asks the amount of: the noun of "how big is the
// X" (amountAsked) or the noun after "how much" ("how much aid").
func (e *Engine) askedInHead(q *query, s *sentence, n quantity) bool {
	asked := e.amountAsked(q)
	if asked == "" && q.typ == tAmount && len(q.focus) > 0 {
		asked = q.focus[len(q.focus)-1]
	}
	h := e.inPhraseHead(s, n)
	return asked != "" && h >= 0 && s.toks[h].meets(stemOf(asked))
}
