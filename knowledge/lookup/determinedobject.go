package lookup

// A determined object after the asked verb (part of stage 2): in "what
// did kucera call the plan" or "what did they give the winners" the verb
// takes a second complement after the one "what" stands for — the object
// of a complex-transitive verb ("call it X", "name it X") or the indirect
// object of a ditransitive one (Quirk et al. 1985, §16.27 and §16.55).
// A noun phrase opens with its determiner and ends with its head (§5.3,
// §17.2), so a question's last word preceded, within its phrase, by an
// article, a demonstrative or a possessive determiner is that phrase's
// head noun, and the asked verb is the word before the determiner.

// objectPhraseDeterminers are the central determiners that open a noun
// phrase and cannot stand as a clause's verb or complementiser: the
// articles, the demonstratives but "that" (also a conjunction), and the
// possessive determiners (Quirk et al. §5.12–5.14; closed classes).
var objectPhraseDeterminers = set("a", "an", "the", "this", "these", "those",
	"his", "her", "its", "their", "our", "my", "your")

// verbBeforeObjectPhrase returns the index of the asked verb of a
// what-question whose last words, from index k back, are a short noun
// phrase opened by a determiner after the subject: the word before the
// determiner, when it can be a verb and no auxiliary stands inside the
// phrase ("what did police say the plan would cost" asks of "cost"). It
// returns k when the question is not so shaped.
func (e *Engine) verbBeforeObjectPhrase(toks []token, k int) int {
	for j := k - 1; j >= 4 && j >= k-3; j-- {
		w := toks[j].lower
		if auxiliaries[w] || toks[j].poss {
			return k
		}
		if !objectPhraseDeterminers[w] {
			continue
		}
		v := toks[j-1].lower
		if determiners[v] || auxiliaries[v] || prepositions[v] || !e.canBe(v, "verb") {
			return k
		}
		return j - 1
	}
	return k
}

// askedWithObject reports whether the question names, after its verb, the
// verb's own object ("what did she call the plan"): then the phrase after
// the verb in the article is that object, and what "what" asks for is
// the complement after it, which the sentence answers as a whole.
func askedWithObject(q *query, a objectAsk) bool {
	return a.stranded == "" && a.at+1 < len(q.toks) && objectPhraseDeterminers[q.toks[a.at+1].lower]
}
