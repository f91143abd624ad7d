package lookup

import "slices"

// "For" and "against" after a verb of choosing or arguing name the side
// taken: support and opposition (Quirk et al. 1985, §9.64 on the
// prepositions of support and opposition, "for" and "against"). "Who
// voted against it" is not answered by a sentence that tells who voted
// for it, nor, when the article tells who voted against, by one that
// tells the vote without a side ("voted 3-2 to approve").

// opposedSide maps each preposition of a side to the other side's.
var opposedSide = map[string]string{"for": "against", "against": "for"}

// voteSides are the words of a vote cast that name its side right after
// the verb ("voted no", "voting yes"), each as the preposition of that
// side: "yes", "aye" and "yea" an affirmative vote, "no" and "nay" a
// negative one (Merriam-Webster, "yes" n. 2, "aye" n., "yea" n. 2; "no"
// n. 2b, "nay" n. 2).
var voteSides = map[string]string{"yes": "for", "aye": "for", "yea": "for", "no": "against", "nay": "against"}

// sideAfter is the side within two words after token i of toks, as the
// preposition of that side: a preposition of a side ("voted against",
// "voted 3-2 for"), or a vote's "yes" or "no" right after it ("voted
// no": against); "" when none.
func sideAfter(toks []token, i int) string {
	if i+1 < len(toks) && voteSides[toks[i+1].lower] != "" {
		return voteSides[toks[i+1].lower]
	}
	for j := i + 1; j < len(toks) && j <= i+2; j++ {
		if _, ok := opposedSide[toks[j].lower]; ok {
			return toks[j].lower
		}
	}
	return ""
}

// askedSide is the side a who-question asks of its verb ("who voted
// against it": against) and the verb's term; "" when it asks none.
func (e *Engine) askedSide(q *query) (string, term) {
	t, ok := e.askedAct(q)
	if !ok {
		return "", term{}
	}
	for i, tok := range q.toks {
		if tok.lower == t.lower {
			return sideAfter(q.toks, i), t
		}
	}
	return "", term{}
}

// sideIn is the side s gives the act t: the asked side when any mention
// of t takes it, else the other when one does, else "".
func sideIn(s *sentence, t term, asked string) string {
	other := ""
	for i, tok := range s.toks {
		if !t.matches(tok) {
			continue
		}
		switch sideAfter(s.toks, i) {
		case asked:
			return asked
		case opposedSide[asked]:
			other = opposedSide[asked]
		}
	}
	return other
}

// wrongSide reports whether s tells the asked act with the other side, or
// without the asked side when some sentence of the article gives it: s
// then does not say who took the side asked.
func (e *Engine) wrongSide(q *query, s *sentence) bool {
	asked, t := e.askedSide(q)
	if asked == "" {
		return false
	}
	switch sideIn(s, t, asked) {
	case asked:
		return false
	case opposedSide[asked]:
		return true
	}
	for i := range e.r.sents {
		if sideIn(&e.r.sents[i], t, asked) == asked {
			return true
		}
	}
	return false
}

// sideDoer answers a who-question that asks a side ("who voted against
// the solar farm") from the best-ranked sentence telling the act with
// that side, against a word of the question's object or a word of
// reference or a definite noun phrase standing for it ("voted against
// it", "voted for the project"; Halliday and Hasan 1976, ch. 2, the
// definite article being demonstrative reference too) when the object is
// the headline's or the sentence before's: such a sentence may hold too
// few of the question's words to be a candidate by them. False when no
// sentence tells the act so, or the article never names the object.
func (e *Engine) sideDoer(q *query, ranked []candidate) (reply, bool) {
	asked, t := e.askedSide(q)
	if asked == "" {
		return reply{}, false
	}
	obj := sidedObject(q, asked)
	for _, o := range obj {
		if !o.known && (len(o.alts) == 0 || o.weak) {
			return reply{}, false // "who voted against the budget" of an article with no budget
		}
	}
	for _, c := range ranked {
		s := &e.r.sents[c.s]
		for i, tok := range s.toks {
			if !t.matches(tok) || sideAfter(s.toks, i) != asked {
				continue
			}
			p := i + 1
			for p < len(s.toks) && s.toks[p].lower != asked {
				p++
			}
			if p+1 >= len(s.toks) {
				continue // "voted no": a side with no object after it
			}
			refers := backReferences[s.toks[p+1].lower] || s.toks[p+1].lower == "the"
			if sideObject(s, p+1, obj) || refers && e.objectGiven(obj, c.s) {
				if r, ok := e.doerIn(q, c); ok {
					return r, true
				}
			}
		}
	}
	return reply{}, false
}

// sidedObject is the question's terms after the side's preposition up to
// the next preposition: what the side is taken on ("against the solar
// farm").
func sidedObject(q *query, side string) []term {
	return termsAfter(q, side)
}

// sideObject reports whether the noun phrase at k of s holds a word of
// obj.
func sideObject(s *sentence, k int, obj []term) bool {
	for j := k; j < nounPhraseEnd(s, k); j++ {
		for _, o := range obj {
			if o.matches(s.toks[j]) {
				return true
			}
		}
	}
	return false
}

// objectGiven reports whether the head of obj, its last word, written as
// itself (a synonym may be another thing: "budget" is not the article's
// "plan"), is in the
// headline, the story's topic, or in the sentence before sentence i: a
// word of reference ("voted against it") or a definite noun phrase ("the
// project") there may refer back to it.
func (e *Engine) objectGiven(obj []term, i int) bool {
	if len(obj) == 0 {
		return false
	}
	head := obj[len(obj)-1]
	if prev := e.previous(i); prev != nil && slices.ContainsFunc(prev.toks, head.sameWord) {
		return true
	}
	return len(e.r.sents) > 0 && e.r.sents[0].part == "title" && slices.ContainsFunc(e.r.sents[0].toks, head.sameWord)
}
