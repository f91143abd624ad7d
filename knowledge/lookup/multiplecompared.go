package lookup

import "strings"

// A measure told as a multiple of another (part of stage 4, measures):
// "It is about 1.7 times as wide as Earth and roughly six times as
// massive", "twice the size of Rhode Island". A multiplier with "as …
// as", "the <dimension> of" or a comparative says how big a thing is
// against a standard (Quirk et al. 1985, §15.70 on multipliers in
// comparison: "three times as long as"), which is the article's answer to
// "how massive is it" or "how big is the planet" when it gives no figure
// with a unit. The adjective asked is matched first; "how big", "how
// large" and "how small", which ask size in general, take any dimension
// of size.

// multipleRe is a multiplier and what it compares: "1.7 times as wide as
// Earth", "six times as massive", "twice the size of Rhode Island",
// "three times larger than".
var multipleRe = lazyRE(`(?i)\b((?:about|roughly|nearly|almost|more than|less than|some)\s+)?(twice|half|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|\w+-\w+)\s+times)\s+(?:(as)\s+([a-z]+)(?:\s+as\s+[^,.;]+?)?|(the)\s+([a-z]+)\s+of\s+[^,.;]+?|([a-z]+er)\s+than\s+[^,.;]+?)(?:[,.;]| and\b|$)`)

// sizeWords are the adjectives and nouns of a thing's size: a question
// of size in general ("how big") takes any of them.
var sizeWords = set("big", "large", "small", "wide", "long", "tall", "high", "heavy", "massive",
	"bigger", "larger", "wider", "longer", "taller", "higher", "heavier", "size", "mass", "weight",
	"width", "length", "height", "diameter", "area")

// generalSize are the "how" adjectives that ask size in general.
var generalSize = set("big", "large", "small")

// askedAdjective is the adjective after a question's opening "how", or "".
func askedAdjective(q *query) string {
	if len(q.toks) < 3 || q.toks[0].lower != "how" {
		return ""
	}
	return q.toks[1].lower
}

// multipleCompared answers "how ADJ is X" with the multiple the best
// sentences that hold the question give of that adjective, or of a size
// for a question of size in general.
func (e *Engine) multipleCompared(q *query) (reply, bool) {
	adj := askedAdjective(q)
	if adj == "" || adj == "many" || adj == "much" || adj == "long" && !sizeQuestionOf(q) {
		return reply{}, false
	}
	var loose reply
	for k, c := range e.rank(q, nil) {
		if k > 4 || (len(q.terms) > 0 || len(q.subjects) > 0) && !e.holds(q, c) {
			continue
		}
		for _, s := range e.withPronounNext(c.s) {
			for _, m := range multipleRe.FindAllStringSubmatchIndex(s.text, -1) {
				word := ""
				for _, g := range []int{8, 12, 14} { // the adjective, the dimension noun, the comparative
					if m[g] >= 0 {
						word = strings.ToLower(s.text[m[g]:m[g+1]])
					}
				}
				phrase := strings.TrimRight(s.text[m[0]:m[1]], ",.; ")
				phrase = strings.TrimSuffix(phrase, " and")
				switch {
				case word == adj || strings.TrimSuffix(word, "er") == adj:
					return reply{found: true, head: capitalise(phrase) + ".", used: []*sentence{s}}, true
				case generalSize[adj] && sizeWords[word] && !loose.found:
					loose = reply{found: true, head: capitalise(phrase) + ".", used: []*sentence{s}}
				}
			}
		}
	}
	return loose, loose.found
}

// withPronounNext is sentence i and, when the next sentence of its
// paragraph opens with a subject pronoun that continues it ("The planet
// … orbits a small red star. It is about 1.7 times as wide as Earth"),
// that one too: a pronoun subject refers back to the topic of the
// sentence before (Halliday and Hasan 1976, §2.3).
func (e *Engine) withPronounNext(i int) []*sentence {
	out := []*sentence{&e.r.sents[i]}
	if n := i + 1; n < len(e.r.sents) && e.r.sents[n].para == e.r.sents[i].para && e.r.sents[i].para > 0 && len(e.r.sents[n].toks) > 0 {
		if w := e.r.sents[n].toks[0].lower; w == "it" || w == "they" || w == "its" || w == "their" {
			out = append(out, &e.r.sents[n])
		}
	}
	return out
}

// sizeQuestionOf reports whether "how long" asks a length, not a time: a
// form of "be" after it ("how long is the bridge").
func sizeQuestionOf(q *query) bool {
	return len(q.toks) > 2 && copulaForms[q.toks[2].lower]
}
