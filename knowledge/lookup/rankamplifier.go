package lookup

import "strings"

// The amplifier of rank before an agent noun in a who-question (part of
// stage 2): "who was the top scorer" asks who scored, and most. "Top" and
// "leading" before an agentive noun in -er or -or grade how much its
// owner did the noun's verb, as "big" does in "a big eater" and "heavy" in
// "a heavy smoker" (Quirk et al. 1985, §7.33, amplifying adjectives with
// agentive nouns); they name no thing a sentence must hold. A news story
// gives that degree by the figure and names the foremost doer first (the
// inverted pyramid: "Maya Lindahl scored 22 points, and Tessa Quam added
// 14"), so when the article never writes the adjective, its absence says
// nothing, and the question asks for the doer the best sentence names.

// rankAmplifiers are the adjectives of rank that amplify an agent noun
// ("top scorer", "leading rusher"; Quirk et al. 1985, §7.33).
var rankAmplifiers = set("top", "leading")

// rankAmplifier reports whether question word i is an amplifier of rank
// before an agent noun the article uses, in a who-question, when the
// article never writes the amplifier.
func (e *Engine) rankAmplifier(q *query, i int) bool {
	if q.typ != tPerson || !rankAmplifiers[q.toks[i].lower] || i+1 >= len(q.toks) || e.known(q.toks[i]) {
		return false
	}
	n := q.toks[i+1]
	agentive := len(n.lower) > 4 && (strings.HasSuffix(n.lower, "er") || strings.HasSuffix(n.lower, "or"))
	return agentive && e.known(n)
}

// definiteBefore reports whether question word i follows "the", alone or
// with an unwritten amplifier of rank between ("the top scorer"): the
// definite description agentdoer.go resolves to the one doer.
func (e *Engine) definiteBefore(q *query, i int) bool {
	if i > 0 && q.toks[i-1].lower == "the" {
		return true
	}
	return i > 1 && q.toks[i-2].lower == "the" && e.rankAmplifier(q, i-1)
}
