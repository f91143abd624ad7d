package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// "Both" in a question (part of stage 2): "first serve numbers for both
// players?" asks the same of each of two people. "Both" is the dual
// determiner: it refers to a set of two already given (Quirk et al.,
// §5.20), and with a general noun for people ("players", "candidates":
// pairNouns) and nothing in the thread before, the set a reader of a news
// story takes is the story's two principals, whom its headline names
// ("stuns top seed Markovic"), or else its lead. The question is then
// asked once of each, by name, and the answers are joined.

// bothRe is "both (of) (the) N" in a question.
var bothRe = lazyRE(`(?i)\bboth (?:of )?(?:the )?([a-z]+)\b`)

// dualParts returns the question asked of each of the story's two
// principals when it asks about "both N", or nil.
func (e *Engine) dualParts(text string) []string {
	m := bothRe.FindStringSubmatchIndex(text)
	if m == nil || !pairNouns[strings.ToLower(text[m[2]:m[3]])] {
		return nil
	}
	pair := e.principalPair()
	if pair == nil {
		return nil
	}
	var out []string
	for _, x := range pair {
		out = append(out, text[:m[0]]+e.a.Entities[x].Name+text[m[1]:])
	}
	return out
}

// principalPair is the two people the headline names, or else the first
// sentence of the lead, in the order named; nil unless exactly two.
func (e *Engine) principalPair() []int {
	for _, s := range []*sentence{e.part("title"), e.leadSentence()} {
		if s == nil {
			continue
		}
		var ms []mention
		for _, x := range s.named {
			if e.r.ents[x].kind == knowledge.Person {
				ms = append(ms, mention{who: x, from: e.position(s, x)})
			}
		}
		if len(ms) == 2 {
			slices.SortFunc(ms, func(a, b mention) int { return a.from - b.from })
			return []int{ms[0].who, ms[1].who}
		}
	}
	return nil
}

// leadSentence is the first sentence of the first paragraph, or nil.
func (e *Engine) leadSentence() *sentence {
	for i := range e.r.sents {
		if e.r.sents[i].para == 1 {
			return &e.r.sents[i]
		}
	}
	return nil
}
