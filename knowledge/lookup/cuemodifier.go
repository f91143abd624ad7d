package lookup

// A type word as a noun premodifier is content (part of stage 2). Nouns
// such as "share", "age" and "rate" cue an answer's kind ("what share of
// voters", "what age"), but before a head noun they are the first part of
// a compound noun and name what the head is of (Quirk et al. 1985, App.
// I.57 and §17.104 on nouns premodifying nouns): "the share price" is the
// price of a share, and an article that writes "Harlan shares rose 4% to
// $38.20" tells it by the modifier, not by "price".

// cueModifierAt reports whether question word i is a type word that
// premodifies the question's last noun after a determiner ("the share
// price", "the age limit") and the article writes it: a content word,
// not a cue.
func (e *Engine) cueModifierAt(q *query, i int) bool {
	if e.noLex || i == 0 || i+2 != len(q.toks) || !nounOpeners[q.toks[i-1].lower] {
		return false
	}
	for _, t := range q.toks[:i-1] {
		if doForms[t.lower] || modalAux[t.lower] {
			return false // "how much will the town make": an auxiliary wants its verb, the last word
		}
	}
	head := q.toks[i+1]
	if head.cap || stopWords[head.lower] || !e.canBe(singular(head.lower), "noun") || !e.canBe(q.toks[i].lower, "noun") {
		return false
	}
	if e.canBe(q.toks[i].lower, "adj") {
		return false // "the final score", "the total cost": an adjective modifies, the head is asked
	}
	return e.known(q.toks[i])
}

// determinedTypeNoun reports whether token i, a type word, is a noun in
// a noun phrase a determiner opens after a preposition or a verb ("in
// the bird count", "counted the vote") in a question that "how" opens:
// "how many" already asks the kind of answer, and a type word the
// determiner makes a noun names the thing asked about ("how many people
// took part in the bird count"; Quirk et al. 1985, §5.12 on the
// determiner opening a noun phrase). It is the head, or a noun
// premodifying the head as cueModifierAt reads one; an adjective
// premodifier ("its final orbit") modifies, and the head is asked. The
// subject right after the operator ("how much will the town make") is
// left alone, as the answer's sentence need not repeat it, unless the
// word names a count or a measure (measureCueNouns), which "how many"
// and "how much" have asked already wherever it stands.
func (e *Engine) determinedTypeNoun(toks []token, i int) bool {
	if e.noLex || len(toks) == 0 || toks[0].lower != "how" || i < 3 {
		return false
	}
	j := i - 1
	if !determiners[toks[j].lower] && !stopWords[toks[j].lower] {
		j-- // "the bird count": one premodifier
	}
	if !determiners[toks[j].lower] || j < 2 {
		return false
	}
	if p := toks[j-1].lower; (auxiliaries[p] || p == "many" || p == "much") && !measureCueNouns[toks[i].lower] {
		return false // "how much will the town make": the subject
	}
	if i+1 == len(toks) || stopWords[toks[i+1].lower] {
		return true // the head
	}
	w := toks[i].lower
	return e.canBe(w, "noun") && !e.canBe(w, "adj") && !toks[i+1].cap && e.canBe(singular(toks[i+1].lower), "noun")
}

// measureCueNouns are the type words that name a count or a measure.
var measureCueNouns = set("count", "number", "total", "tally", "amount", "figure", "level", "rate",
	"share", "percentage", "percent", "score", "vote", "votes")
